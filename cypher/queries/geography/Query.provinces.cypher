// Query.provinces: all provinces, or those PART_OF a region, in Thai dictionary order.
// $region: a Region id or null. Returns province (map).
MATCH (p:Province)
WHERE $region IS NULL OR EXISTS { (p)-[:PART_OF]->(:Region {id: $region}) }
RETURN p {.*} AS province
ORDER BY p.sortKey, p.id
