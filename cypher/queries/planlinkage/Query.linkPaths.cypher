// Query.linkPaths: the shortest paths between two entities over any relationship, either direction.
// $from, $to; $maxLength (1-10); $first. Returns nodes, edges (as in Query.linkage), length.
// Paths made of plan-linkage steps (PART_OF, LINKS_TO, UNDER, FUNDS) come before those through agencies or places.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[*..10]-(b))
WHERE length(path) <= $maxLength
// of equally short paths, those made of plan-linkage steps explain best: they come first
WITH path, size([r IN relationships(path) WHERE type(r) IN ['PART_OF', 'LINKS_TO', 'UNDER', 'FUNDS']]) AS linkage
ORDER BY linkage DESC, [n IN nodes(path) | n.id]
LIMIT $first
RETURN [n IN nodes(path) | {label: [l IN labels(n) WHERE l <> 'Entity'][0], props: n {.*}}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges,
       length(path) AS length
