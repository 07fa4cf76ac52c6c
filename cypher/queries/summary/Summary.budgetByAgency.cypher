// Summary.budgetByAgency: the counted figures of one level of money ($level) by the agency each is credited to
// (money.MoneyModel: the payer, else the owner of what it funds, else the one responsible), or with $rollUpUnits
// by the department or public organisation that agency belongs to; largest first. The country's from the tallies
// the money model keeps (money.Tallies); in a scope, figures whose places include a province of it.
CALL (this) {
  WITH this WHERE this.scope IS NULL
  MATCH (t:Tally)
  WHERE t.dimension = CASE WHEN $rollUpUnits THEN 'DEPARTMENT' ELSE 'AGENCY' END
    AND t.year = coalesce(this.fiscalYear, 0) AND ($level IS NULL OR t.level = $level)
  RETURN t.key AS key, t.baht AS baht, t.figures AS n
  UNION ALL
  // one row per scope, none without: the figures are read only for a scope (a WHERE on `this` alone may be
  // planned after the read)
  UNWIND CASE WHEN this.scope IS NULL THEN [] ELSE [this.scope] END AS scope
  MATCH (figure:Budget)
  WHERE figure.counted AND figure.creditedTo IS NOT NULL AND ($level IS NULL OR figure.level = $level)
    AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
    AND any(p IN figure.provinces WHERE p IN scope)
  RETURN CASE WHEN $rollUpUnits THEN figure.creditedToDepartment ELSE figure.creditedTo END AS key,
         figure.amountBaht AS baht, 1 AS n
}
WITH key, sum(baht) AS total, sum(n) AS figures
MATCH (agency:Agency {id: key})
RETURN key, agency.nameTh AS name, agency.nameEn AS nameEn, total, figures ORDER BY total DESC, key
