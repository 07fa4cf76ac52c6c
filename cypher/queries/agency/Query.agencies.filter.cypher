// Query.agencies (shared by the page and the count): the agencies that pass AgencyFilter.
// $kind, $province, $nameContains: each null when not filtered on.
MATCH (a:Agency)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($province IS NULL OR EXISTS { MATCH (a)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(:Province {id: $province}) })
  AND ($nameContains IS NULL
       OR toLower(a.nameTh) CONTAINS toLower($nameContains)
       OR toLower(coalesce(a.nameEn, '')) CONTAINS toLower($nameContains)
       OR toLower(coalesce(a.abbr, '')) CONTAINS toLower($nameContains)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($nameContains)))
