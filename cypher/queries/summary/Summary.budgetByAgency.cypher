// Summary.budgetByAgency: each figure under the agency it comes FROM, or else under the agencies responsible for
// what it funds. $fiscalYear or null.
MATCH (b:Budget)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
  AND (scope IS NULL
       OR EXISTS { MATCH (b)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope })
WITH b, COLLECT { MATCH (b)-[:FROM]->(a:Agency) RETURN a } AS payers,
        COLLECT { MATCH (b)-[:FUNDS]->()<-[:RESPONSIBLE_FOR]-(a:Agency) RETURN DISTINCT a } AS responsible
UNWIND CASE WHEN payers <> [] THEN payers ELSE responsible END AS a
WITH a, collect(DISTINCT b) AS figures
RETURN a.id AS key, a.nameTh AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total,
       size(figures) AS figures
ORDER BY total DESC, key
