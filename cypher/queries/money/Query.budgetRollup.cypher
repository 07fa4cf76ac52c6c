// Query.budgetRollup: the money under a plan (its PART_OF/UNDER subtree), each figure once. A figure adds to the
// plan's total unless the plan is among those whose totals already hold it (heldBy: money.MoneyModel decides
// which figure holds which, docs/money.md); asked for one source, the rule is the same within that source
// (heldBySame), so a combined total gives way to its parts by source. $plan, $fiscalYear, $source.
// Returns plan, fiscalYear, source, figures (the figures added), others (those under it not added).
MATCH (plan:Plan {id: $plan})
CALL (plan) {
  MATCH (figure:Budget)-[:FUNDS]->()-[:PART_OF|UNDER*0..10]->(plan)
  WHERE ($fiscalYear IS NULL OR figure.fiscalYear = $fiscalYear) AND ($source IS NULL OR figure.source = $source)
  WITH DISTINCT figure
  WITH figure, figure.restates IS NULL
               AND NOT plan.id IN CASE WHEN $source IS NULL THEN figure.heldBy ELSE figure.heldBySame END AS added
  ORDER BY figure.fiscalYear, figure.source, figure.id
  RETURN collect(CASE WHEN added THEN figure END) AS figures, collect(CASE WHEN NOT added THEN figure END) AS others
}
RETURN plan, $fiscalYear AS fiscalYear, $source AS source, figures, others
