// Plan.indicators, also Project.indicators (batched): the indicators that measure each plan or project, in Thai order.
// $ids. Returns id, indicators (list of maps).
UNWIND $ids AS id
MATCH (measured:Entity {id: id})
OPTIONAL MATCH (i:Indicator)-[:MEASURES]->(measured)
WITH id, i ORDER BY i.sortKey, i.id
RETURN id, collect(i {.*}) AS indicators
