MATCH (this)-[:PART_OF]->(province:Province)
RETURN province LIMIT 1
