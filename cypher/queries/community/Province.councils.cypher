// Province.councils (batched): councils located in each province (directly or through a district or tambon).
// $ids. Returns id, councils (list of maps).
UNWIND $ids AS id
MATCH (prov:Province {id: id})
OPTIONAL MATCH (c:Council)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(prov)
WITH id, c ORDER BY c.sortKey, c.id
RETURN id, collect(DISTINCT c {.*}) AS councils
