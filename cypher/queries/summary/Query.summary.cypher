// Query.summary: what the dashboard's figures are about: the fiscal year, and the region or province (a region
// or province id that names nothing gives no row, so the API answers NOT_FOUND). scope: the ids of the provinces
// in scope, or null for the whole country. $fiscalYear, $region, $province.
OPTIONAL MATCH (region:Region {id: $region})
OPTIONAL MATCH (province:Province {id: $province})
WITH region, province
WHERE ($region IS NULL OR region IS NOT NULL) AND ($province IS NULL OR province IS NOT NULL)
RETURN $fiscalYear AS fiscalYear, region, province,
       CASE WHEN province IS NOT NULL THEN [province.id]
            WHEN region IS NOT NULL THEN COLLECT { MATCH (p:Province)-[:PART_OF]->(region) RETURN p.id }
       END AS scope
