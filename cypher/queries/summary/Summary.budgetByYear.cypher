// Summary.budgetByYear: all figures by fiscal year (Buddhist Era). $fiscalYear or null.
MATCH (b:Budget)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
  AND (scope IS NULL
       OR EXISTS { MATCH (b)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope })
WITH b.fiscalYear AS year, collect(b) AS figures
RETURN toString(year) AS key, null AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total,
       size(figures) AS figures
ORDER BY key
