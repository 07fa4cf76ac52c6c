// Summary.budgetByPlanLevel: the money stated for plans, by plan level, each level a total of its own
// (money.MoneyModel's countedForPlanLevel: a figure counts at the level of the plan it funds, unless a figure
// holding it funds a plan of the same level). In a scope, figures whose places include a province of it.
MATCH (figure:Budget)
WHERE figure.countedForPlanLevel IS NOT NULL AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
  AND (this.scope IS NULL OR any(p IN figure.provinces WHERE p IN this.scope))
WITH figure.countedForPlanLevel AS key, sum(figure.amountBaht) AS total, count(figure) AS figures
RETURN key, null AS name, total, figures ORDER BY total DESC, key
