// Agency.plans (batched): the plans each agency OWNS or is RESPONSIBLE_FOR, in Thai order.
// $ids. Returns id, plans (list of maps).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
OPTIONAL MATCH (a)-[:OWNS|RESPONSIBLE_FOR]->(p:Plan)
WITH id, p ORDER BY p.sortKey, p.id
RETURN id, collect(DISTINCT p {.*}) AS plans
