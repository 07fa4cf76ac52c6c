// Province.regions: the province's regions in every scheme.
MATCH (this)-[:PART_OF]->(region:Region)
RETURN region ORDER BY region.scheme, region.id
