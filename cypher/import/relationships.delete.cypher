// Importer (import --sync): removes relationships the bundle does not have.
// $keys: list of {type, from, to}.
UNWIND $keys AS key
MATCH (:Entity {id: key.from})-[r]->(:Entity {id: key.to})
WHERE type(r) = key.type
DELETE r
