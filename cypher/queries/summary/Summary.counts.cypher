// Summary.counts: entities per label; in a scope, those located in, targeting, measured for or part of its
// provinces (and budgets funding such entities).
MATCH (n:Entity)
WITH scope, n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
WHERE scope IS NULL
   OR (label = 'Province' AND n.id IN scope)
   OR EXISTS { MATCH (n)-[:PART_OF*1..2]->(p:Province) WHERE p.id IN scope }
   OR EXISTS { MATCH (n)-[:TARGETS|LOCATED_IN|FOR]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope }
   OR EXISTS { MATCH (n)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope }
RETURN label AS key, count(*) AS count
ORDER BY key
