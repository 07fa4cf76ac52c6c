// Project.budgets: the figures stated for the project itself (FUNDS), by year and source.
MATCH (budget:Budget)-[:FUNDS]->(this)
RETURN budget ORDER BY budget.fiscalYear, budget.source, budget.id
