// Indicator.observations: the indicator's figures, oldest first, targets before results, national before places,
// quarters in order. $kind, $fiscalYear, $place (a region or province id), $national (true: only figures for no
// place; false: only figures for a place): each null when not filtered on.
MATCH (observation:Observation)-[:OF]->(this)
WHERE ($kind IS NULL OR observation.kind = $kind)
  AND ($fiscalYear IS NULL OR observation.fiscalYear = $fiscalYear)
  AND ($place IS NULL OR EXISTS { (observation)-[:FOR]->(:Entity {id: $place}) })
  AND ($national IS NULL OR $national = (NOT EXISTS { (observation)-[:FOR]->() }))
RETURN observation
ORDER BY observation.fiscalYear, observation.kind DESC, COUNT { (observation)-[:FOR]->() }, observation.quarter, observation.id
