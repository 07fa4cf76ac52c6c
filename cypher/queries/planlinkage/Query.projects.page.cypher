// Query.projects: appended to Query.projects.filter; one page in keyset order.
// $orderBy: NAME | BUDGET | DEGREE | ID; $afterKey, $afterId (null on the first page); $limit.
WITH p, total, CASE $orderBy
          WHEN 'NAME' THEN p.sortKey
          WHEN 'BUDGET' THEN total
          WHEN 'DEGREE' THEN COUNT { (p)--() }
          ELSE p.id
        END AS key
WHERE $afterId IS NULL OR key {{CMP}} $afterKey OR (key = $afterKey AND p.id {{CMP}} $afterId)
RETURN p {.*} AS node, key
ORDER BY key {{DIR}}, p.id {{DIR}}
LIMIT $limit
