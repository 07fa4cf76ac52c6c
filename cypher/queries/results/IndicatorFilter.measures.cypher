// IndicatorFilter.measures: indicators of the plan or project, or of the plans and projects part of it or under it.
MATCH (this)-[:MEASURES]->()-[:PART_OF|UNDER*0..8]->(target {id: $measures})
WHERE target:Plan OR target:Project
