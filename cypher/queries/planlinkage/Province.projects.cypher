// Province.projects (batched): projects located in or targeting each province (directly or through a district or
// tambon), in Thai order.
// $ids. Returns id, projects (list of maps).
UNWIND $ids AS id
MATCH (prov:Province {id: id})
OPTIONAL MATCH (p:Project)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(prov)
WITH id, p ORDER BY p.sortKey, p.id
RETURN id, collect(DISTINCT p {.*}) AS projects
