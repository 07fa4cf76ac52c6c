// Summary (prefix of every summary statement): the province ids in scope, or null for the whole country.
// $province, $region: ids or null.
WITH CASE
       WHEN $province IS NOT NULL THEN [$province]
       WHEN $region IS NOT NULL THEN COLLECT { MATCH (p:Province)-[:PART_OF]->(:Region {id: $region}) RETURN p.id }
       ELSE null
     END AS scope
