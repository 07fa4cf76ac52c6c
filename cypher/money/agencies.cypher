// Money model, read: what each agency is responsible for, its kind and the agency it is part of, and its stored
// total.
MATCH (a:Agency)
RETURN a.id AS id, COLLECT { MATCH (a)-[:RESPONSIBLE_FOR]->(t) WHERE t:Plan OR t:Project RETURN DISTINCT t.id } AS things,
       a.kind AS kind, COLLECT { MATCH (a)-[:PART_OF]->(p:Agency) RETURN p.id ORDER BY p.id }[0] AS parent,
       a.totalBaht AS stored
