// Query.agencies: appended to Query.agencies.filter; one page in keyset order.
// $orderBy: NAME | BUDGET | DEGREE | ID; $afterKey, $afterId (null on the first page); $limit.
// BUDGET: the figures stated for the projects and plans the agency is responsible for, each counted once.
WITH a, CASE $orderBy
          WHEN 'NAME' THEN a.sortKey
          WHEN 'BUDGET' THEN COLLECT {
                 MATCH (a)-[:RESPONSIBLE_FOR]->(thing)<-[:FUNDS]-(b:Budget) WHERE NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
                 WITH DISTINCT b RETURN sum(b.amountBaht) }[0]
          WHEN 'DEGREE' THEN COUNT { (a)--() }
          ELSE a.id
        END AS key
WHERE $afterId IS NULL OR key {{CMP}} $afterKey OR (key = $afterKey AND a.id {{CMP}} $afterId)
RETURN a {.*} AS node, key
ORDER BY key {{DIR}}, a.id {{DIR}}
LIMIT $limit
