// Curation: removes one relationship identified by type and ends.
// $type, $from, $to. Returns relationships (how many were removed).
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE type(r) = $type
DELETE r
RETURN count(*) AS relationships
