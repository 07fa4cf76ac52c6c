// Summary.budgetByYear: the counted figures (money.MoneyModel: held by no other figure) of one level of money
// ($level: an agency's own budget by default; the national budget frame apart) by fiscal year.
MATCH (figure:Budget)
WHERE figure.counted AND ($level IS NULL OR figure.level = $level)
  AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
  AND (this.scope IS NULL OR any(p IN figure.provinces WHERE p IN this.scope))
WITH figure.fiscalYear AS year, sum(figure.amountBaht) AS total, count(figure) AS figures
RETURN toString(year) AS key, null AS name, total, figures ORDER BY key
