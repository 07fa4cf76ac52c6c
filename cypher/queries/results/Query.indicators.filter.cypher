// Query.indicators (shared by the page and the count): the indicators that pass IndicatorFilter.
// $nameContains, $measures (a plan or project id: indicators of it and of the plans and projects part of it),
// $place (a region or province id: indicators with a figure for it), $fiscalYear: each null when not filtered on.
MATCH (p:Indicator)
WHERE ($nameContains IS NULL OR toLower(p.nameTh) CONTAINS toLower($nameContains))
  AND ($measures IS NULL
       OR EXISTS { MATCH (p)-[:MEASURES]->()-[:PART_OF|UNDER*0..8]->(target {id: $measures}) WHERE target:Plan OR target:Project })
  AND ($place IS NULL OR EXISTS { MATCH (p)<-[:OF]-(:Observation)-[:FOR]->(:Entity {id: $place}) })
  AND ($fiscalYear IS NULL OR EXISTS { MATCH (p)<-[:OF]-(o:Observation) WHERE o.fiscalYear = $fiscalYear })
