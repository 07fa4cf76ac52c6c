// Money model, a change's scope: the links made through the agencies $agencies (LINKS_TO via) and every other link
// into the same things (two agencies share what plans link to through each of them).
UNWIND $agencies AS agencyId
MATCH (:Entity)-[mine:LINKS_TO {via: agencyId}]->(target:Entity)
MATCH (a:Entity)-[r:LINKS_TO]->(target)
RETURN DISTINCT type(r) AS type, a.id AS from, target.id AS to, r.via AS via, target.sortKey AS toSortKey
