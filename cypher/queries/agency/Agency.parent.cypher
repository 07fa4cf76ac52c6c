// Agency.parent: the agency this one is PART_OF.
MATCH (this)-[:PART_OF]->(parent:Agency)
RETURN parent ORDER BY parent.id LIMIT 1
