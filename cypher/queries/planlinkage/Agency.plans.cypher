// Agency.plans: the plans the agency OWNS or is RESPONSIBLE_FOR, in Thai order.
MATCH (this)-[:OWNS|RESPONSIBLE_FOR]->(plan:Plan)
RETURN DISTINCT plan ORDER BY plan.sortKey, plan.id
