// Query.linkage: the subgraph reached from an entity over PART_OF, LINKS_TO, UNDER and FUNDS: its nodes and
// relationships. Any entity's id is accepted: one with no such links (a community, a tambon's council, an
// observation) answers with itself alone.
// $from; $up, $down: the directions to walk (from Direction); $maxDepth (1-8); $fiscalYear or null (keeps nodes
// of that year or of no year, and plans whose period covers it).
MATCH (start:Entity {id: $from})
CALL (start) {
  CALL (start) {
    MATCH path = (start)-[:PART_OF|LINKS_TO|UNDER|FUNDS*1..8]->()
    WHERE $up AND length(path) <= $maxDepth
    RETURN path
    UNION
    MATCH path = (start)<-[:PART_OF|LINKS_TO|UNDER|FUNDS*1..8]-()
    WHERE $down AND length(path) <= $maxDepth
    RETURN path
  }
  WITH path
  WHERE $fiscalYear IS NULL OR all(n IN nodes(path) WHERE
          (n.fiscalYear IS NULL OR n.fiscalYear = $fiscalYear)
          AND (n.startFY IS NULL OR n.startFY <= $fiscalYear)
          AND (n.endFY IS NULL OR n.endFY >= $fiscalYear))
  RETURN collect(path) AS paths
}
WITH start,
     reduce(ns = [start], p IN paths | ns + nodes(p)) AS allNodes,
     reduce(rs = [], p IN paths | rs + relationships(p)) AS allRels
RETURN COLLECT { UNWIND allNodes AS n RETURN DISTINCT n } AS nodes,
       COLLECT { UNWIND allRels AS r RETURN DISTINCT r } AS edges
