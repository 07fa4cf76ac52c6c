// Province.agencies: agencies located in the province (directly or through a district or tambon).
MATCH (agency:Agency)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(this)
RETURN DISTINCT agency ORDER BY agency.sortKey, agency.id
