// Plan.linkedFrom: the lower plans that LINKS_TO this one, primary links first; each a PlanLink.
MATCH (plan:Plan)-[l:LINKS_TO]->(this)
RETURN plan, l.role AS role, l.via AS via, coalesce(l.stated, true) AS stated, l.src AS src
ORDER BY coalesce(role, 'Z'), plan.sortKey, plan.id
