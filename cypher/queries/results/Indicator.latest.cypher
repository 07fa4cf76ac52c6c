// Indicator.latest: the indicator's latest figure of kind $kind that counts (not set aside by a CONFLICTS_WITH for
// another statement of it): national, or FOR $place. Latest: the highest fiscal year; within it the whole year's
// figure before the quarters', then the last quarter, the latest date (asOf), then by id.
MATCH (observation:Observation)-[:OF]->(this)
WHERE observation.kind = $kind
  AND NOT EXISTS { (observation)-[:CONFLICTS_WITH]->(:Observation) }
  AND CASE WHEN $place IS NULL THEN NOT EXISTS { (observation)-[:FOR]->() }
           ELSE EXISTS { (observation)-[:FOR]->(:Entity {id: $place}) } END
RETURN observation
ORDER BY observation.fiscalYear DESC, observation.quarter IS NULL DESC, observation.quarter DESC,
         observation.asOf DESC, observation.id
LIMIT 1
