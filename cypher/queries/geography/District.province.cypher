// District.province (batched): the province each district is PART_OF.
// $ids. Returns id, parent (map or null).
UNWIND $ids AS id
MATCH (d:District {id: id})
OPTIONAL MATCH (d)-[:PART_OF]->(p:Province)
RETURN id, head(collect(p {.*})) AS parent
