// Region.provinces (batched): the provinces PART_OF each region, in Thai dictionary order.
// $ids. Returns id, provinces (list of maps).
UNWIND $ids AS id
MATCH (r:Region {id: id})
OPTIONAL MATCH (p:Province)-[:PART_OF]->(r)
WITH id, p ORDER BY p.sortKey, p.id
RETURN id, collect(p {.*}) AS provinces
