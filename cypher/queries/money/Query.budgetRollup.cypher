// Query.budgetRollup: the money that reaches a plan (docs/money.md). What contributes: the plan itself, with what
// is part of it or under it (STRUCTURE), and what links to it or to anything under it, as the documents state
// the link (LINKS), with what is under that. A figure under any contributor is added unless one of them is among
// those whose totals already hold it (heldBy, decided by money.MoneyModel; asked for one source, the same within
// that source: heldBySame), so each figure counts once however many ways it comes by; each added figure says the
// way it came, under the plan before through a link. $plan, $fiscalYear, $source, $paths.
// Returns plan, fiscalYear, source, figures (added), contributions (added, with path and through), others (under
// a contributor, not added), sourced (the figures whose sources make bySource: combined totals through their parts).
MATCH (plan:Plan {id: $plan})
CALL (plan) {
  WITH plan WHERE 'STRUCTURE' IN $paths
  RETURN plan AS contributor, 'STRUCTURE' AS path, [] AS holds
  UNION
  WITH plan WHERE 'LINKS' IN $paths
  MATCH (plan)<-[:PART_OF|UNDER*0..10]-(target)<-[link:LINKS_TO]-(contributor)
  WHERE coalesce(link.stated, true)
  // a figure stated for the target, or for what it is under in the plan, already holds money linked to it: an
  // agency's plan linked to a plan of the Budget Act is part of the Act's money, not added to it
  RETURN DISTINCT contributor, 'LINKS' AS path,
         COLLECT { MATCH way = (target)-[:PART_OF|UNDER*0..10]->(plan) UNWIND nodes(way) AS n
                   MATCH (f:Budget)-[:FUNDS]->(n) WHERE f.restates IS NULL
                   RETURN DISTINCT {fiscalYear: f.fiscalYear, source: f.source} } AS holds
}
WITH plan, collect({node: contributor, path: path, holds: holds}) AS ways
WITH plan, ways, [way IN ways | way.node.id] AS reach
CALL (ways, reach) {
  UNWIND ways AS way
  WITH reach, way, way.node AS contributor
  MATCH (figure:Budget)-[:FUNDS]->()-[:PART_OF|UNDER*0..10]->(contributor)
  WHERE ($fiscalYear IS NULL OR figure.fiscalYear = $fiscalYear) AND ($source IS NULL OR figure.source = $source)
  WITH reach, figure, way ORDER BY CASE way.path WHEN 'STRUCTURE' THEN 0 ELSE 1 END, way.node.id
  WITH reach, figure, head(collect(way)) AS way
  WITH figure, way,
       figure.restates IS NULL
         AND none(r IN reach WHERE r IN CASE WHEN $source IS NULL THEN figure.heldBy ELSE figure.heldBySame END)
         AND none(h IN way.holds WHERE h.fiscalYear = figure.fiscalYear AND (h.source = figure.source
               OR $source IS NULL AND (h.source = 'OTHER' OR figure.source = 'OTHER'))) AS added,
       figure.restates IS NULL AND NOT figure.splitBySource AND none(r IN reach WHERE r IN figure.heldBySame)
         AND none(h IN way.holds WHERE h.fiscalYear = figure.fiscalYear AND h.source = figure.source) AS sourced
  ORDER BY figure.fiscalYear, figure.source, figure.id
  RETURN collect(CASE WHEN added THEN {budget: figure, path: way.path, through: way.node} END) AS contributions,
         collect(CASE WHEN NOT added THEN figure END) AS others,
         collect(CASE WHEN sourced THEN figure END) AS sourced
}
RETURN plan, $fiscalYear AS fiscalYear, $source AS source, [c IN contributions | c.budget] AS figures,
       contributions, others, sourced
