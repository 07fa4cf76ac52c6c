// Curation: everything a node is part of, directly or through other parts (a new PART_OF to it from one of these
// would close a cycle). $id. Returns id.
MATCH (:Entity {id: $id})-[:PART_OF*1..]->(whole:Entity)
RETURN DISTINCT whole.id AS id
