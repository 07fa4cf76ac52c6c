// PlanOrderField.BUDGET: the plan's counted total (money.MoneyModel stores it on every plan).
RETURN this.totalBaht
