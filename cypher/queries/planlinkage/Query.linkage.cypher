// Query.linkage: the subgraph reached from an entity over PART_OF, LINKS_TO, UNDER and FUNDS.
// $from; $up, $down: booleans; $maxDepth (1-8); $fiscalYear or null (keeps nodes of that year or of no year).
// Returns nodes (list of {label, props}), edges (list of {type, from, to, props}).
MATCH (start:Entity {id: $from})
CALL (start) {
  MATCH path = (start)-[:PART_OF|LINKS_TO|UNDER|FUNDS*1..8]->()
  WHERE $up AND length(path) <= $maxDepth
  RETURN path
  UNION
  MATCH path = (start)<-[:PART_OF|LINKS_TO|UNDER|FUNDS*1..8]-()
  WHERE $down AND length(path) <= $maxDepth
  RETURN path
}
WITH start, path
WHERE $fiscalYear IS NULL OR all(n IN nodes(path) WHERE
        (n.fiscalYear IS NULL OR n.fiscalYear = $fiscalYear)
        AND (n.startFY IS NULL OR n.startFY <= $fiscalYear)
        AND (n.endFY IS NULL OR n.endFY >= $fiscalYear))
WITH start, collect(path) AS paths
WITH start,
     reduce(ns = [start], p IN paths | ns + nodes(p)) AS allNodes,
     reduce(rs = [], p IN paths | rs + relationships(p)) AS allRels
UNWIND allNodes AS n
WITH allRels, collect(DISTINCT n) AS nodes
UNWIND (CASE WHEN allRels = [] THEN [null] ELSE allRels END) AS r
WITH nodes, collect(DISTINCT r) AS rels
RETURN [n IN nodes | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: n {.*}}] AS nodes,
       [r IN rels | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
