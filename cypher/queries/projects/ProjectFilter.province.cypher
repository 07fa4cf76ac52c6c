// ProjectFilter.province: located in or targeting the province, directly or through a district or tambon.
MATCH (this)-[:LOCATED_IN|TARGETS]->()-[:PART_OF*0..2]->(:Province {id: $province})
