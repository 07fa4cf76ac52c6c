// Observation.covers: the places or actors a count is made of (COVERS), in Thai order.
MATCH (this)-[:COVERS]->(covered)
RETURN covered ORDER BY covered.sortKey, covered.id
