// Province.communities: communities, sites, centres and networks LOCATED_IN the province, directly or through a
// district or tambon of it, in Thai order.
MATCH (community:Community)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(this)
RETURN DISTINCT community ORDER BY community.sortKey, community.id
