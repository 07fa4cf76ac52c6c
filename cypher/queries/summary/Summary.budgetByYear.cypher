// Each figure once: not a breakdown or restatement of another figure, and not one of something that is part
// of, or under, something whose own figure of the same year already counts.
// Summary.budgetByYear: all figures by fiscal year (Buddhist Era). $fiscalYear or null.
MATCH (b:Budget)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
  AND NOT EXISTS { MATCH (b)-[:FUNDS]->()-[:PART_OF|UNDER*1..10]->()<-[:FUNDS]-(outer:Budget) WHERE outer.fiscalYear = b.fiscalYear }
  AND (scope IS NULL
       OR EXISTS { MATCH (b)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope })
WITH b.fiscalYear AS year, collect(b) AS figures
RETURN toString(year) AS key, null AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total,
       size(figures) AS figures
ORDER BY key
