// Summary.budgetByPlanLevel: the money stated for plans, by plan level, each level a total of its own
// (money.MoneyModel's countedForPlanLevel: a figure counts at the level of the plan it funds, unless a figure
// holding it funds a plan of the same level). The country's from the tallies the money model keeps
// (money.Tallies); in a scope, figures whose places include a province of it.
CALL (this) {
  WITH this WHERE this.scope IS NULL
  MATCH (t:Tally {dimension: 'PLAN_LEVEL', year: coalesce(this.fiscalYear, 0)})
  RETURN t.key AS key, t.baht AS baht, t.figures AS n
  UNION ALL
  // one row per scope, none without: the figures are read only for a scope (a WHERE on `this` alone may be
  // planned after the read)
  UNWIND CASE WHEN this.scope IS NULL THEN [] ELSE [this.scope] END AS scope
  MATCH (figure:Budget)
  WHERE figure.countedForPlanLevel IS NOT NULL AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
    AND any(p IN figure.provinces WHERE p IN scope)
  RETURN figure.countedForPlanLevel AS key, figure.amountBaht AS baht, 1 AS n
}
WITH key, sum(baht) AS total, sum(n) AS figures
RETURN key, null AS name, total, figures ORDER BY total DESC, key
