// Importer (import --sync): removes nodes the bundle does not have, with their relationships.
// $ids: list of ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
