// Indicator.observations (batched): each indicator's figures, oldest first, targets before results, national
// before places, quarters in order.
// $ids; $kind (TARGET | RESULT), $fiscalYear, $place (a region or province id), $national (true: only figures
// for no place; false: only figures for a place): each null when not filtered on.
// Returns id, observations (list of maps).
UNWIND $ids AS id
MATCH (i:Indicator {id: id})
OPTIONAL MATCH (o:Observation)-[:OF]->(i)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($fiscalYear IS NULL OR o.fiscalYear = $fiscalYear)
  AND ($place IS NULL OR EXISTS { (o)-[:FOR]->(:Entity {id: $place}) })
  AND ($national IS NULL OR $national = (NOT EXISTS { (o)-[:FOR]->() }))
WITH id, o, COUNT { (o)-[:FOR]->() } AS places
ORDER BY o.fiscalYear, o.kind DESC, places, o.quarter, o.id
RETURN id, collect(o {.*}) AS observations
