// Query.linkPaths: the shortest paths between two entities, either direction. Paths of plan-linkage steps
// (PART_OF, LINKS_TO, UNDER, FUNDS) explain best: they are looked for first, all of the shortest length. Only if
// there is none, one shortest path over any relationship (through an agency, a place …): all of them could be
// millions, through provinces and their tambons. From an entity to itself: the path of length 0.
// $from, $to; $maxLength (1-10); $first.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// (a WHERE on the path inside the shortest-path pattern would make Neo4j search exhaustively: the length is
// checked after the search)
CALL (a, b) {
  WITH a, b WHERE a = b
  MATCH path = (a)
  RETURN collect(path) AS linkage
  UNION
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
  UNION
  WITH a, b WHERE linkage <> [] OR a = b
  RETURN [] AS other
}
UNWIND linkage + other AS path
RETURN path ORDER BY [n IN nodes(path) | n.id] LIMIT $first
