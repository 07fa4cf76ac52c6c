// Curation: removes one node of a label and its relationships.
// $id, $label. Returns nodes, relationships (how many were removed).
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
WITH n, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN 1 AS nodes, relationships
