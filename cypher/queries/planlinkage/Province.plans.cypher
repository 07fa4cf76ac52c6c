// Province.plans: plans that target or are located in the province (directly or through a district or tambon),
// optionally of one level ($level), in level then Thai order.
MATCH (plan:Plan)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(this)
WHERE $level IS NULL OR plan.level = $level
RETURN DISTINCT plan ORDER BY plan.level, plan.sortKey, plan.id
