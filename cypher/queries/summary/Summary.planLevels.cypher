// Summary.planLevels: plans per level (in a scope: those targeting or located in its provinces).
MATCH (n:Plan)
WHERE scope IS NULL
   OR EXISTS { MATCH (n)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope }
RETURN n.level AS key, count(*) AS count
ORDER BY key
