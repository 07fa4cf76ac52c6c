// Query.nodes: entities by their ids, in the order asked (a row per id; null for an id that names nothing). $ids.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (this:Entity {id: $ids[i]})
RETURN this ORDER BY i
