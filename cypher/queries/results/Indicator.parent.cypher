// Indicator.parent: the indicator this one is PART_OF (a grade of all graded, a source of a total).
MATCH (this)-[:PART_OF]->(parent:Indicator)
RETURN parent ORDER BY parent.id LIMIT 1
