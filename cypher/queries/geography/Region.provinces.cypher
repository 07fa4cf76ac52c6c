// Region.provinces: the provinces PART_OF the region, in Thai dictionary order.
MATCH (province:Province)-[:PART_OF]->(this)
RETURN province ORDER BY province.sortKey, province.id
