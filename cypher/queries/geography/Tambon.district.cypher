MATCH (this)-[:PART_OF]->(district:District)
RETURN district LIMIT 1
