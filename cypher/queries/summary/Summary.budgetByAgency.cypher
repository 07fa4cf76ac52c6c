// Each figure once: not a breakdown or restatement of another figure, and not one of something that is part
// of, or under, something whose own figure of the same year already counts.
// Summary.budgetByAgency: each figure under the agency it comes FROM, or else under the agencies responsible for
// what it funds, or else under the agency that owns the plan it funds. $fiscalYear or null.
MATCH (b:Budget)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
  AND NOT EXISTS { MATCH (b)-[:FUNDS]->()-[:PART_OF|UNDER*1..10]->()<-[:FUNDS]-(outer:Budget) WHERE outer.fiscalYear = b.fiscalYear }
  AND (scope IS NULL
       OR EXISTS { MATCH (b)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope })
WITH b, COLLECT { MATCH (b)-[:FROM]->(a:Agency) RETURN a } AS payers,
        COLLECT { MATCH (b)-[:FUNDS]->()<-[:RESPONSIBLE_FOR]-(a:Agency) RETURN DISTINCT a } AS responsible,
        COLLECT { MATCH (b)-[:FUNDS]->()<-[:OWNS]-(a:Agency) RETURN DISTINCT a } AS owners
UNWIND CASE WHEN payers <> [] THEN payers WHEN responsible <> [] THEN responsible ELSE owners END AS a
WITH a, collect(DISTINCT b) AS figures
RETURN a.id AS key, a.nameTh AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total,
       size(figures) AS figures
ORDER BY total DESC, key
