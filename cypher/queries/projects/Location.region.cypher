// Location.region: the region of scheme $scheme the place lies in (PART_OF up the gazetteer), or the place itself.
WITH this.place AS place
MATCH (place)-[:PART_OF*0..3]->(region:Region {scheme: $scheme})
RETURN region LIMIT 1
