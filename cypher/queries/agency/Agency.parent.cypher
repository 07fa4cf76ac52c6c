// Agency.parent (batched): the agency each of these is PART_OF.
// $ids. Returns id, parent (map or null).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Agency)
WITH id, parent ORDER BY parent.id
RETURN id, head(collect(parent {.*})) AS parent
