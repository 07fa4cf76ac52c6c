// Importer: the labels of existing nodes that a bundle's relationships name but the bundle does not hold.
// $ids: list of ids. Returns id, label.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
