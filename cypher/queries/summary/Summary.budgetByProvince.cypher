// Each figure once: not a breakdown or restatement of another figure, and not one of something that is part
// of, or under, something whose own figure of the same year already counts.
// Summary.budgetByProvince: the figures of projects and plans located in or targeting each province (a figure of
// something that targets several provinces counts in each: the documents do not split it). $fiscalYear or null.
MATCH (b:Budget)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget) AND (scope IS NULL OR p.id IN scope)
  AND NOT EXISTS { MATCH (b)-[:FUNDS]->()-[:PART_OF|UNDER*1..10]->()<-[:FUNDS]-(outer:Budget) WHERE outer.fiscalYear = b.fiscalYear }
WITH p, collect(DISTINCT b) AS figures
RETURN p.id AS key, p.nameTh AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total,
       size(figures) AS figures
ORDER BY total DESC, key
