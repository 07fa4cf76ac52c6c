MATCH (this)-[:OF]->(indicator:Indicator)
RETURN indicator LIMIT 1
