// BudgetRollup.byYear: the figures added, by fiscal year.
UNWIND this.figures AS figure
WITH figure.fiscalYear AS fiscalYear, sum(figure.amountBaht) AS total
RETURN fiscalYear, total ORDER BY fiscalYear
