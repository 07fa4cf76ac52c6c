// Project.budgets and Plan.budgets (batched): the budget figures that FUND each project or plan.
// $ids. Returns id, budgets (list of maps).
UNWIND $ids AS id
MATCH (x:Entity {id: id})
OPTIONAL MATCH (b:Budget)-[:FUNDS]->(x)
WITH id, b ORDER BY b.fiscalYear, b.source, b.id
RETURN id, collect(b {.*}) AS budgets
