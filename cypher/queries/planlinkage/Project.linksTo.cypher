// Project.linksTo (batched): the plans each project LINKS_TO, primary links first.
// $ids. Returns id, links (list of {plan, link}).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)-[l:LINKS_TO]->(other:Plan)
WITH id, l, other ORDER BY coalesce(l.role, 'Z'), other.sortKey
RETURN id, collect(CASE WHEN other IS NULL THEN null ELSE {plan: other {.*}, link: properties(l)} END) AS links
