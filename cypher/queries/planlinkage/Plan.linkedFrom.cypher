// Plan.linkedFrom (batched): the lower plans that LINKS_TO each of these, primary links first.
// $ids. Returns id, links (list of {plan, link}).
UNWIND $ids AS id
MATCH (p:Plan {id: id})
OPTIONAL MATCH (other:Plan)-[l:LINKS_TO]->(p)
WITH id, l, other ORDER BY coalesce(l.role, 'Z'), other.sortKey
RETURN id, collect(CASE WHEN other IS NULL THEN null ELSE {plan: other {.*}, link: properties(l)} END) AS links
