// Money model, a change's scope: the ids of a node's neighbours and of the agencies its links were made through (read
// before the node is removed: the change touches them).
// $id. Returns ids.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(m:Entity)
WITH collect(DISTINCT m.id) AS neighbours, collect(DISTINCT r.via) AS vias
RETURN neighbours + vias AS ids
