// Query.linkPaths: the shortest paths between two entities over any relationship, either direction; paths made
// of plan-linkage steps (PART_OF, LINKS_TO, UNDER, FUNDS) explain best, so they come first. From an entity to
// itself: the path of length 0.
// $from, $to; $maxLength (1-10); $first.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a = b
  MATCH path = (a)
  RETURN path
  UNION
  WITH a, b WHERE a <> b
  MATCH path = allShortestPaths((a)-[*..10]-(b))
  RETURN path
}
WITH path
WHERE length(path) <= $maxLength
WITH path, size([r IN relationships(path) WHERE type(r) IN ['PART_OF', 'LINKS_TO', 'UNDER', 'FUNDS']]) AS linkage
RETURN path ORDER BY linkage DESC, [n IN nodes(path) | n.id] LIMIT $first
