// Summary.budgetByPlanLevel: the figures stated for plans, by the level of the plan that states them.
// $fiscalYear or null.
MATCH (b:Budget)-[:FUNDS]->(n:Plan)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
  AND (scope IS NULL
       OR EXISTS { MATCH (n)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope })
WITH n.level AS key, collect(DISTINCT b) AS figures
RETURN key, null AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total, size(figures) AS figures
ORDER BY total DESC, key
