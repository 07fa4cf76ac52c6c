// Plan.linksTo: the higher plans this one LINKS_TO, primary links first; each a PlanLink.
MATCH (this)-[l:LINKS_TO]->(plan:Plan)
RETURN plan, l.role AS role, l.via AS via, coalesce(l.stated, true) AS stated, l.src AS src
ORDER BY coalesce(role, 'Z'), plan.sortKey, plan.id
