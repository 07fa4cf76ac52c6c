// Importer: the nodes of the graph that have these ids, to tell created from updated from unchanged.
// $ids: list of ids. Returns id, label (the model label), props (all stored properties).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       properties(n) AS props
