// Summary.budgetByAgency: the counted figures of one level of money ($level) by the agency each is credited to
// (money.MoneyModel: the payer, else the owner of what it funds, else the one responsible), or with $rollUpUnits
// by the department or public organisation that agency belongs to; largest first.
MATCH (figure:Budget)
WHERE figure.counted AND figure.creditedTo IS NOT NULL AND ($level IS NULL OR figure.level = $level)
  AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
  AND (this.scope IS NULL OR any(p IN figure.provinces WHERE p IN this.scope))
WITH CASE WHEN $rollUpUnits THEN figure.creditedToDepartment ELSE figure.creditedTo END AS key,
     sum(figure.amountBaht) AS total, count(figure) AS figures
MATCH (agency:Agency {id: key})
RETURN key, agency.nameTh AS name, agency.nameEn AS nameEn, total, figures ORDER BY total DESC, key
