// Project.activities (batched): the activities PART_OF each project, in id order (the source's numbering).
// $ids. Returns id, activities (list of maps).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (a:Project)-[:PART_OF]->(p)
WITH id, a ORDER BY a.id
RETURN id, collect(a {.*}) AS activities
