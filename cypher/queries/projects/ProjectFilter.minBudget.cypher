// ProjectFilter.minBudget: the project's counted total (money.MoneyModel) is at least this.
this.totalBaht >= $minBudget
