// Query.regions: the regions of a scheme (all schemes if null), in Thai dictionary order.
// $scheme. Returns region (map).
MATCH (r:Region)
WHERE $scheme IS NULL OR r.scheme = $scheme
RETURN r {.*} AS region
ORDER BY r.scheme, r.sortKey, r.id
