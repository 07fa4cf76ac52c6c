// Location.district: the place itself, or the district of a tambon (PART_OF).
WITH this.place AS place
MATCH (place)-[:PART_OF*0..1]->(district:District)
RETURN district LIMIT 1
