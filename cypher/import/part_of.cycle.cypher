// Curation: whether (from)-[:PART_OF]->(to) would close a cycle, i.e. `to` is already part of `from`.
// $from, $to. Returns cycle (boolean).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
RETURN from = to OR EXISTS { (to)-[:PART_OF*1..]->(from) } AS cycle
