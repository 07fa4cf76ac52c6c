// Plan.parent: the plan this one is PART_OF.
MATCH (this)-[:PART_OF]->(parent:Plan)
RETURN parent ORDER BY parent.id LIMIT 1
