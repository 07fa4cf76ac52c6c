// Tambon.district (batched): the district each tambon is PART_OF.
// $ids. Returns id, parent (map or null).
UNWIND $ids AS id
MATCH (t:Tambon {id: id})
OPTIONAL MATCH (t)-[:PART_OF]->(d:District)
RETURN id, head(collect(d {.*})) AS parent
