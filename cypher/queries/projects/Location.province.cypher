// Location.province: the place itself, or the province of a district or tambon (PART_OF up the gazetteer).
WITH this.place AS place
MATCH (place)-[:PART_OF*0..2]->(province:Province)
RETURN province LIMIT 1
