// AgencyOrderField.BUDGET: the counted money of what the agency is responsible for (money.MoneyModel stores it).
RETURN this.totalBaht
