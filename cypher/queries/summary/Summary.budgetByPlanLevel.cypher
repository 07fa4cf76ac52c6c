// Summary.budgetByPlanLevel: the figures stated for plans, by the level of the plan that states them; each level
// is a total of its own (a figure's stated parts and restatements are not added again). In a scope, figures whose
// places include a province of it.
MATCH (figure:Budget)-[:FUNDS]->(plan:Plan)
WHERE figure.partOf IS NULL AND figure.restates IS NULL
  AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
  AND (this.scope IS NULL OR any(p IN figure.provinces WHERE p IN this.scope))
WITH plan.level AS key, sum(figure.amountBaht) AS total, count(DISTINCT figure) AS figures
RETURN key, null AS name, total, figures ORDER BY total DESC, key
