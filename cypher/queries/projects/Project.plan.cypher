// Project.plan: the plan the project is UNDER.
MATCH (this)-[:UNDER]->(plan:Plan)
RETURN plan ORDER BY plan.id LIMIT 1
