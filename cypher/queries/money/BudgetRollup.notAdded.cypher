// BudgetRollup.notAdded: figures under the plan that another figure under it already holds.
RETURN this.others
