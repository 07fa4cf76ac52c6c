// Plan.budgets: the figures stated for the plan itself (FUNDS), by year and source.
MATCH (budget:Budget)-[:FUNDS]->(this)
RETURN budget ORDER BY budget.fiscalYear, budget.source, budget.id
