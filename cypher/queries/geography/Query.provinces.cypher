// Query.provinces: all provinces, or those PART_OF a region (of either scheme), in Thai dictionary order. $region.
MATCH (this:Province)
WHERE $region IS NULL OR EXISTS { (this)-[:PART_OF]->(:Region {id: $region}) }
RETURN this ORDER BY this.sortKey, this.id
