// BudgetRollup.bySource: the money that reaches the plan by source: within each source, the figures no other
// figure of that source holds; a combined total stated with parts by source is counted through its parts.
UNWIND this.sourced AS figure
WITH figure.source AS source, sum(figure.amountBaht) AS total
RETURN source, total ORDER BY source
