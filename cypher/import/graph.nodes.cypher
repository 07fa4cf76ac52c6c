// Importer: every node of the graph model, to tell what the graph holds that a bundle does not.
// Returns id, label.
MATCH (n:Entity)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
