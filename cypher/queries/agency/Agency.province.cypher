// Agency.province (batched): the province an agency is located in, directly or through a district or tambon.
// $ids. Returns id, province (map or null).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
OPTIONAL MATCH (a)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province)
WITH id, p ORDER BY p.id
RETURN id, head(collect(p {.*})) AS province
