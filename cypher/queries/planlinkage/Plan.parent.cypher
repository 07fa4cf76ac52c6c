// Plan.parent (batched): the plan each of these plans is PART_OF.
// $ids. Returns id, parent (map or null).
UNWIND $ids AS id
MATCH (p:Plan {id: id})
OPTIONAL MATCH (p)-[:PART_OF]->(parent:Plan)
WITH id, parent ORDER BY parent.id
RETURN id, head(collect(parent {.*})) AS parent
