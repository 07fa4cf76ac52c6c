// AgencyFilter.province: located in the province, directly or through a district or tambon.
MATCH (this)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(:Province {id: $province})
