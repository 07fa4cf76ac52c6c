// Province.regions and Province.region (batched): the regions each province is PART_OF.
// $ids. Returns id, regions (list of maps).
UNWIND $ids AS id
MATCH (p:Province {id: id})
OPTIONAL MATCH (p)-[:PART_OF]->(r:Region)
WITH id, r ORDER BY r.scheme, r.id
RETURN id, collect(r {.*}) AS regions
