// Agency.units: the agencies PART_OF this one, in Thai order.
MATCH (unit:Agency)-[:PART_OF]->(this)
RETURN unit ORDER BY unit.sortKey, unit.id
