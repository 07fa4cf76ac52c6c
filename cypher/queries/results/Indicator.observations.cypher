// Indicator.observations: the indicator's figures, oldest first, targets before results, national before places,
// quarters in order. Each filter is null when not asked for: $kind; $fiscalYear; $place (the id of what the figure
// is FOR: a region, province, district, tambon, agency, council or community); $national (true: only figures FOR
// nothing; false: only figures FOR something); $period (CUMULATIVE: running totals; QUARTER: a quarter's own
// figure; YEAR: a year's own figure); $quarter (1-4); $source (a document id: a citation of the figure is one of
// its lines).
MATCH (observation:Observation)-[:OF]->(this)
WHERE ($kind IS NULL OR observation.kind = $kind)
  AND ($fiscalYear IS NULL OR observation.fiscalYear = $fiscalYear)
  AND ($place IS NULL OR EXISTS { (observation)-[:FOR]->(:Entity {id: $place}) })
  AND ($national IS NULL OR $national = (NOT EXISTS { (observation)-[:FOR]->() }))
  AND ($period IS NULL OR $period = CASE WHEN coalesce(observation.cumulative, false) THEN 'CUMULATIVE'
                                         WHEN observation.quarter IS NOT NULL THEN 'QUARTER' ELSE 'YEAR' END)
  AND ($quarter IS NULL OR observation.quarter = $quarter)
  AND ($source IS NULL OR any(citation IN observation.src WHERE citation STARTS WITH $source + ':'))
RETURN observation
ORDER BY observation.fiscalYear, observation.kind DESC, COUNT { (observation)-[:FOR]->() }, observation.quarter, observation.id
