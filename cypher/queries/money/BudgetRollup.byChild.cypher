// BudgetRollup.byChild: each direct child's own total (under it, the same year and source, each figure once),
// largest first.
MATCH (child)-[:PART_OF|UNDER]->(root) WHERE root = this.plan AND (child:Plan OR child:Project)
CALL (child, this) {
  OPTIONAL MATCH (figure:Budget)-[:FUNDS]->()-[:PART_OF|UNDER*0..10]->(child)
  WHERE (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
    AND (this.source IS NULL OR figure.source = this.source) AND figure.restates IS NULL
    AND NOT child.id IN CASE WHEN this.source IS NULL THEN figure.heldBy ELSE figure.heldBySame END
  WITH DISTINCT figure
  RETURN coalesce(sum(figure.amountBaht), 0) AS total
}
RETURN child AS node, total ORDER BY total DESC, child.id
