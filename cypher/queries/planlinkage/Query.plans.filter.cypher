// Query.plans (shared by the page and the count): the plans that pass PlanFilter.
// $level, $nameContains, $linkedTo, $fiscalYear: each null when not filtered on.
MATCH (p:Plan)
WHERE ($level IS NULL OR p.level = $level)
  AND ($nameContains IS NULL
       OR toLower(p.nameTh) CONTAINS toLower($nameContains)
       OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
  AND ($linkedTo IS NULL OR EXISTS { MATCH (p)-[:LINKS_TO|PART_OF*1..8]->(:Plan {id: $linkedTo}) })
  AND ($fiscalYear IS NULL
       OR ((p.startFY IS NULL OR p.startFY <= $fiscalYear) AND (p.endFY IS NULL OR p.endFY >= $fiscalYear)))
