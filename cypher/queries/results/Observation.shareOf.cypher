// Observation.shareOf: the figure the observation's percent is computed on (SHARE_OF).
MATCH (this)-[:SHARE_OF]->(base:Observation)
RETURN base ORDER BY base.id LIMIT 1
