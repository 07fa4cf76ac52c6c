// BudgetRollup.bySource: the money under the plan by source: within each source, the figures no other figure of
// that source under the plan holds (heldBySame); a combined total stated with parts by source (splitBySource) is
// counted through those parts.
WITH this, this.plan AS plan
MATCH (figure:Budget)-[:FUNDS]->()-[:PART_OF|UNDER*0..10]->(plan)
WHERE (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
  AND (this.source IS NULL OR figure.source = this.source)
  AND figure.restates IS NULL AND NOT figure.splitBySource
  AND NOT plan.id IN figure.heldBySame
WITH DISTINCT figure
WITH figure.source AS source, sum(figure.amountBaht) AS total
RETURN source, total ORDER BY source
