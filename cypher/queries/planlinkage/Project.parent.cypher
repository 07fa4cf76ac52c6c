// Project.parent (batched): the project each activity is PART_OF.
// $ids. Returns id, parent (map or null).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)-[:PART_OF]->(parent:Project)
WITH id, parent ORDER BY parent.id
RETURN id, head(collect(parent {.*})) AS parent
