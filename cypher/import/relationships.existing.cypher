// Importer: the relationships of the graph with these (type, from, to) keys.
// $keys: list of {type, from, to}. Returns type, from, to, props.
UNWIND $keys AS key
MATCH (a:Entity {id: key.from})-[r]->(b:Entity {id: key.to})
WHERE type(r) = key.type
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
