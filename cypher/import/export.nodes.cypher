// Exporter: every node of the graph model, in id order.
MATCH (n:Entity)
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.id AS id, properties(n) AS props
ORDER BY id
