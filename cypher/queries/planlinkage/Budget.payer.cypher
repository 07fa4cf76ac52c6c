// Budget.payer (batched): the agency each budget figure comes FROM.
// $ids. Returns id, payer (map or null).
UNWIND $ids AS id
MATCH (b:Budget {id: id})
OPTIONAL MATCH (b)-[:FROM]->(a:Agency)
WITH id, a ORDER BY a.id
RETURN id, head(collect(a {.*})) AS payer
