// Province.plans (batched): plans that target or are located in each province (directly or through a district or
// tambon), optionally of one level, in level then Thai order.
// $ids, $level. Returns id, plans (list of maps).
UNWIND $ids AS id
MATCH (prov:Province {id: id})
OPTIONAL MATCH (p:Plan)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(prov)
WHERE $level IS NULL OR p.level = $level
WITH id, p ORDER BY p.level, p.sortKey, p.id
RETURN id, collect(DISTINCT p {.*}) AS plans
