// Agency.province: the province the agency is located in, directly or through a district or tambon.
MATCH (this)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(province:Province)
RETURN province ORDER BY province.id LIMIT 1
