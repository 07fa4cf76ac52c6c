// Observation.counted: not the side of a conflict that points at the figure used instead.
RETURN NOT EXISTS { (this)-[:CONFLICTS_WITH]->(:Observation) }
