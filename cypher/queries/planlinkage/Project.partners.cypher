// Project.partners (batched): agencies that pay for each project (FROM of its budgets), other than those
// responsible for it.
// $ids. Returns id, partners (list of maps).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)<-[:FUNDS]-(:Budget)-[:FROM]->(a:Agency)
WHERE NOT (a)-[:RESPONSIBLE_FOR]->(p)
WITH id, a ORDER BY a.sortKey, a.id
RETURN id, collect(DISTINCT a {.*}) AS partners
