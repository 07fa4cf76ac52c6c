// Money model, a change's scope: the relationships of the types $types into the nodes $ids, as money/graph.links
// reads every relationship.
UNWIND $ids AS id
MATCH (a:Entity)-[r]->(b:Entity {id: id})
WHERE type(r) IN $types
RETURN type(r) AS type, a.id AS from, b.id AS to, r.via AS via, b.sortKey AS toSortKey
