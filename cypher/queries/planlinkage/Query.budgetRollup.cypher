// Query.budgetRollup: a plan's PART_OF/UNDER subtree (plans, projects, activities), each member with the
// members it is directly under and its own budget figures (filtered by year and source). The counting-once rule
// is applied in PlanRollup, over this tree.
// $plan, $fiscalYear, $source. Returns id, label, props, parents (ids), budgets (maps, each with the ids of the
// figures it is a stated breakdown of, `partOf`, and of those it conflicts with, `conflictsWith`); no row if no
// such plan.
MATCH (root:Plan {id: $plan})
OPTIONAL MATCH (x)-[:PART_OF|UNDER*1..10]->(root)
WHERE NOT x:Budget
WITH root, collect(DISTINCT x) + [root] AS members
UNWIND members AS m
OPTIONAL MATCH (m)-[:PART_OF|UNDER]->(parent)
WHERE parent IN members
OPTIONAL MATCH (b:Budget)-[:FUNDS]->(m)
WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND ($source IS NULL OR b.source = $source)
RETURN m.id AS id, [l IN labels(m) WHERE l <> 'Entity'][0] AS label, m {.*} AS props,
       collect(DISTINCT parent.id) AS parents,
       collect(DISTINCT b {.*, partOf: [(b)-[:PART_OF]->(w:Budget) | w.id],
                           conflictsWith: [(b)-[:CONFLICTS_WITH]->(w:Budget) | w.id]}) AS budgets
