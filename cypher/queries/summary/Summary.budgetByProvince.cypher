// Summary.budgetByProvince: the figures of projects and plans located in or targeting each province (a figure of
// something that targets several provinces counts in each: the documents do not split it). $fiscalYear or null.
MATCH (b:Budget)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget) AND (scope IS NULL OR p.id IN scope)
WITH p, collect(DISTINCT b) AS figures
RETURN p.id AS key, p.nameTh AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total,
       size(figures) AS figures
ORDER BY total DESC, key
