// BudgetRollup.byLink: the money that came through each linking element, largest first.
UNWIND this.contributions AS contribution
WITH contribution WHERE contribution.path = 'LINKS'
WITH contribution.through AS node, sum(contribution.budget.amountBaht) AS total
RETURN node, total ORDER BY total DESC, node.id
