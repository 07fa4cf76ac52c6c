// Plan.owner: the agency that OWNS the plan.
MATCH (owner:Agency)-[:OWNS]->(this)
RETURN owner ORDER BY owner.id LIMIT 1
