// ProjectOrderField.BUDGET: the counted total money.MoneyModel stores on every project.
RETURN this.totalBaht
