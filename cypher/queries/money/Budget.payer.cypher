// Budget.payer: the agency the figure comes FROM.
MATCH (this)-[:FROM]->(payer:Agency)
RETURN payer ORDER BY payer.id LIMIT 1
