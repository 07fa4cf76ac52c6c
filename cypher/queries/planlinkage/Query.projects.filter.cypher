// Query.projects (shared by the page and the count): the projects that pass ProjectFilter, with their total.
// $kind, $province, $agency, $underPlan, $fiscalYear, $minBudget, $maxBudget, $nameContains: null = no filter.
// total: the figures stated for the project itself; if none, its activities' own figures (nearest level that has
// them), so nothing is counted twice.
MATCH (p:Project)
WHERE ($kind IS NULL OR p.kind = $kind)
  AND ($fiscalYear IS NULL OR p.fiscalYear = $fiscalYear
       OR EXISTS { MATCH (:Budget {fiscalYear: $fiscalYear})-[:FUNDS]->(p) })
  AND ($nameContains IS NULL
       OR toLower(p.nameTh) CONTAINS toLower($nameContains)
       OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($province IS NULL
       OR EXISTS { MATCH (p)-[:LOCATED_IN|TARGETS]->()-[:PART_OF*0..2]->(:Province {id: $province}) })
  AND ($agency IS NULL
       OR EXISTS { MATCH (:Agency {id: $agency})-[:RESPONSIBLE_FOR]->(p) }
       OR EXISTS { MATCH (p)<-[:FUNDS]-(:Budget)-[:FROM]->(:Agency {id: $agency}) })
  AND ($underPlan IS NULL
       OR EXISTS { MATCH (p)-[:PART_OF*0..4]->(:Project)-[:UNDER|LINKS_TO]->(:Plan)-[:PART_OF*0..6]->(:Plan {id: $underPlan}) })
WITH p, CASE WHEN EXISTS { (:Budget)-[:FUNDS]->(p) }
             THEN COLLECT { MATCH (b:Budget)-[:FUNDS]->(p) WHERE NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget) RETURN sum(b.amountBaht) }[0]
             ELSE COLLECT { MATCH path = (d:Project)-[:PART_OF*1..4]->(p)
                            WHERE EXISTS { (:Budget)-[:FUNDS]->(d) }
                              AND none(x IN nodes(path)[1..-1] WHERE EXISTS { (:Budget)-[:FUNDS]->(x) })
                            MATCH (b:Budget)-[:FUNDS]->(d) WHERE NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
                            RETURN coalesce(sum(b.amountBaht), 0) }[0]
        END AS total
WHERE ($minBudget IS NULL OR total >= $minBudget) AND ($maxBudget IS NULL OR total <= $maxBudget)
