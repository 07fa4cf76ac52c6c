// Importer (import --add): which of these source documents the graph holds.
// $ids: list of document ids. Returns id.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id
