// Plan.children (batched): the plans PART_OF each of these, in the source's numbering, then Thai order.
// $ids. Returns id, children (list of maps).
UNWIND $ids AS id
MATCH (p:Plan {id: id})
OPTIONAL MATCH (child:Plan)-[:PART_OF]->(p)
WITH id, child ORDER BY toFloatOrNull(child.code), child.sortKey, child.id
RETURN id, collect(child {.*}) AS children
