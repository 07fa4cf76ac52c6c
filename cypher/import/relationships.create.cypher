// Importer: create relationships the graph does not hold yet (the importer has just looked them up). CREATE,
// not MERGE: MERGE with a dynamic type checks each pair's existing relationships and made a full import 20 times
// slower (docs/benchmarks.md).
// $rows: list of {type, from, to, props}.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props
