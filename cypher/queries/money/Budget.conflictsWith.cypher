// Budget.conflictsWith: the same money stated differently elsewhere (CONFLICTS_WITH, either direction).
MATCH (this)-[:CONFLICTS_WITH]-(other:Budget)
RETURN DISTINCT other ORDER BY other.id
