// Budget.parts: the figures that break this one down (PART_OF it).
MATCH (part:Budget)-[:PART_OF]->(this)
RETURN part ORDER BY part.id
