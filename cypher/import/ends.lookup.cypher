// Importer: the labels of existing nodes that a bundle's relationships name but the bundle does not hold, and the
// level or kind the model's rules on relationships read (a plan's level, a project's kind).
// $ids: list of ids. Returns id, label, value.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, coalesce(n.level, n.kind) AS value
