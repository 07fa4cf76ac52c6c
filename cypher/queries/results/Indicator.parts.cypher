// Indicator.parts: the indicators PART_OF this one, in Thai order.
MATCH (part:Indicator)-[:PART_OF]->(this)
RETURN part ORDER BY part.sortKey, part.id
