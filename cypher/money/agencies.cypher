// Money model, read: what each agency is responsible for, and its stored total.
MATCH (a:Agency)
RETURN a.id AS id, COLLECT { MATCH (a)-[:RESPONSIBLE_FOR]->(t) WHERE t:Plan OR t:Project RETURN DISTINCT t.id } AS things,
       a.totalBaht AS stored
