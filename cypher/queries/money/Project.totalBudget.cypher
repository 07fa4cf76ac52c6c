// Project.totalBudget: the project's counted total, all years (money.MoneyModel stores it).
RETURN this.totalBaht
