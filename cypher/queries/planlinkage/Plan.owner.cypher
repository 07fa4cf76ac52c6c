// Plan.owner (batched): the agency that OWNS each plan.
// $ids. Returns id, owner (map or null).
UNWIND $ids AS id
MATCH (p:Plan {id: id})
OPTIONAL MATCH (a:Agency)-[:OWNS]->(p)
WITH id, a ORDER BY a.id
RETURN id, head(collect(a {.*})) AS owner
