// BudgetRollup.total: the figures added.
RETURN reduce(total = 0, figure IN this.figures | total + figure.amountBaht)
