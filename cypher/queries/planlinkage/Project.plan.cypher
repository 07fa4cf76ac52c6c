// Project.plan (batched): the plan each project is UNDER.
// $ids. Returns id, plan (map or null).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)-[:UNDER]->(plan:Plan)
WITH id, plan ORDER BY plan.id
RETURN id, head(collect(plan {.*})) AS plan
