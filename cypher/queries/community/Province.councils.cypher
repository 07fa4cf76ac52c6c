// Province.councils: councils located in the province (directly or through a district or tambon).
MATCH (council:Council)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(this)
RETURN DISTINCT council ORDER BY council.sortKey, council.id
