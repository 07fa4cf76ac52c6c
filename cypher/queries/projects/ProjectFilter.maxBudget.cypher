this.totalBaht <= $maxBudget
