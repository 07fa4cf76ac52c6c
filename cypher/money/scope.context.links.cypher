// Money model, a change's scope: what agencies are part of (the department a unit's figures are credited to) and the
// region each province is part of.
MATCH (a:Agency)-[r:PART_OF]->(b:Agency)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.via AS via, b.sortKey AS toSortKey
UNION ALL
MATCH (a:Province)-[r:PART_OF]->(b:Region)
RETURN type(r) AS type, a.id AS from, b.id AS to, r.via AS via, b.sortKey AS toSortKey
