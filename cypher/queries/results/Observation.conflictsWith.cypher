// Observation.conflictsWith: the same measure stated differently elsewhere (CONFLICTS_WITH, either direction).
MATCH (this)-[:CONFLICTS_WITH]-(other:Observation)
RETURN DISTINCT other ORDER BY other.id
