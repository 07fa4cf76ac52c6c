// Project.parent: the project this activity is PART_OF.
MATCH (this)-[:PART_OF]->(parent:Project)
RETURN parent ORDER BY parent.id LIMIT 1
