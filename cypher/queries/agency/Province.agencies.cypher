// Province.agencies (batched): agencies located in each province (directly or through a district or tambon).
// $ids. Returns id, agencies (list of maps).
UNWIND $ids AS id
MATCH (prov:Province {id: id})
OPTIONAL MATCH (a:Agency)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(prov)
WITH id, a ORDER BY a.sortKey, a.id
RETURN id, collect(DISTINCT a {.*}) AS agencies
