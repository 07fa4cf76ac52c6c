// Province.region: the province's region in a scheme ($scheme, CODI5 by default).
MATCH (this)-[:PART_OF]->(region:Region)
WHERE $scheme IS NULL OR region.scheme = $scheme
RETURN region ORDER BY region.scheme, region.id LIMIT 1
