// Importer: create or update relationships between nodes that exist (checked before writing).
// $rows: list of {type, from, to, props}.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r += row.props
