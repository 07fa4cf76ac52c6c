// Importer: every PART_OF relationship of the graph, to find the cycles a bundle would close with them.
// Returns from, to.
MATCH (a:Entity)-[:PART_OF]->(b:Entity)
RETURN a.id AS from, b.id AS to
