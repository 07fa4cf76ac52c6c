// Query.indicators: appended to Query.indicators.filter; one page in keyset order.
// $orderBy: NAME | ID; $afterKey, $afterId: the cursor (null on the first page); $limit.
// {{CMP}} and {{DIR}} are replaced by the direction's comparison and keyword (> ASC or < DESC), never by input.
WITH p, CASE $orderBy WHEN 'NAME' THEN p.sortKey ELSE p.id END AS key
WHERE $afterId IS NULL OR key {{CMP}} $afterKey OR (key = $afterKey AND p.id {{CMP}} $afterId)
RETURN p {.*} AS node, key
ORDER BY key {{DIR}}, p.id {{DIR}}
LIMIT $limit
