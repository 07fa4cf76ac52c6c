// Summary.budgetByYear: the counted figures (money.MoneyModel: held by no other figure) of one level of money
// ($level: an agency's own budget by default; the national budget frame apart) by fiscal year. The country's from
// the tallies the money model keeps (money.Tallies); in a scope, figures whose places include a province of it.
CALL (this) {
  WITH this WHERE this.scope IS NULL
  MATCH (t:Tally {dimension: 'YEAR'})
  WHERE ($level IS NULL OR t.level = $level) AND (this.fiscalYear IS NULL OR t.year = this.fiscalYear)
  RETURN t.key AS key, t.baht AS baht, t.figures AS n
  UNION ALL
  // one row per scope, none without: the figures are read only for a scope (a WHERE on `this` alone may be
  // planned after the read)
  UNWIND CASE WHEN this.scope IS NULL THEN [] ELSE [this.scope] END AS scope
  MATCH (figure:Budget)
  WHERE figure.counted AND ($level IS NULL OR figure.level = $level)
    AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
    AND any(p IN figure.provinces WHERE p IN scope)
  RETURN toString(figure.fiscalYear) AS key, figure.amountBaht AS baht, 1 AS n
}
WITH key, sum(baht) AS total, sum(n) AS figures
RETURN key, null AS name, total, figures ORDER BY key
