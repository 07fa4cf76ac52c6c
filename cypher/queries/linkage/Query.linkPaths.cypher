// Query.linkPaths: the shortest paths between two entities, either direction. Paths of plan-linkage steps
// (PART_OF, LINKS_TO, UNDER, FUNDS) explain best: they are looked for first, all of the shortest length. Only if
// there is none, one shortest path over any relationship (through an agency, a place …): all of them could be
// millions, through provinces and their tambons. From an entity to itself: the path of length 0.
// $from, $to; $maxLength (1-10); $first. An id that names nothing answers one row of no path and __notFound, the
// argument that gave it (the field answers NOT_FOUND naming it, not an empty list: read.ReadCompiler.NOT_FOUND).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
WITH a, b, CASE WHEN a IS NULL THEN 'from' WHEN b IS NULL THEN 'to' END AS missing
// (a WHERE on the path inside the shortest-path pattern would make Neo4j search exhaustively: the length is
// checked after the search)
// each CALL aggregates, so it answers one row (an empty list when its WHERE lets nothing through, as with a
// missing end: a = b and a <> b are null)
CALL (a, b) {
  WITH a, b WHERE a = b
  MATCH path = (a)
  RETURN collect(path) AS itself
}
CALL (a, b) {
  WITH a, b WHERE a <> b
  OPTIONAL MATCH path = allShortestPaths((a)-[:PART_OF|LINKS_TO|UNDER|FUNDS*..10]-(b))
  WITH path WHERE length(path) <= $maxLength
  RETURN collect(path) AS linkage
}
CALL (a, b, linkage) {
  WITH a, b WHERE linkage = [] AND a <> b
  OPTIONAL MATCH path = shortestPath((a)-[*..10]-(b))
  WITH path WHERE length(path) <= $maxLength
  RETURN collect(path) AS other
}
// the first paths (a list, so that first: 0 still answers a row for a missing end)
WITH missing, COLLECT { UNWIND itself + linkage + other AS path
                        RETURN path ORDER BY [n IN nodes(path) | n.id] LIMIT $first } AS paths
UNWIND CASE WHEN missing IS NULL THEN paths ELSE [null] END AS path
RETURN path, missing AS __notFound
