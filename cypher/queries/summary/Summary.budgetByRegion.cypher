// Summary.budgetByRegion: as budgetByProvince, by CODI region; each figure once per region. $fiscalYear or null.
MATCH (b:Budget)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province)-[:PART_OF]->(r:Region {scheme: 'CODI5'})
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget) AND (scope IS NULL OR p.id IN scope)
WITH r, collect(DISTINCT b) AS figures
RETURN r.id AS key, r.nameTh AS name, reduce(total = 0, b IN figures | total + b.amountBaht) AS total,
       size(figures) AS figures
ORDER BY total DESC, key
