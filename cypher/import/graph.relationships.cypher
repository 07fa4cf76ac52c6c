// Importer: every relationship between nodes of the graph model, to tell what the graph holds that a bundle does not.
// Returns type, from, to.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to
