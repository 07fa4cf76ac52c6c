// Province.budgetTotal: the figures that count for the province (money.MoneyModel: the province's own money,
// each figure once), optionally of one fiscal year.
MATCH (budget:Budget {countedFor: this.id})
WHERE $fiscalYear IS NULL OR budget.fiscalYear = $fiscalYear
RETURN sum(budget.amountBaht) AS total
