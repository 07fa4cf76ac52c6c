// Money model, read: what each plan, project or activity is directly part of or under (its parents in the tree
// that money rolls up), its level (a plan's), its places (provinces it is located in or targets, directly or
// through a district or tambon), the agencies that own it and that are responsible for it, and its stored total.
MATCH (n) WHERE n:Plan OR n:Project
RETURN n.id AS id,
       COLLECT { MATCH (n)-[:PART_OF|UNDER]->(p) WHERE p:Plan OR p:Project RETURN DISTINCT p.id } AS parents,
       COLLECT { MATCH (n)-[:LOCATED_IN|TARGETS]->()-[:PART_OF*0..2]->(p:Province) RETURN DISTINCT p.id } AS provinces,
       n.level AS level,
       COLLECT { MATCH (a:Agency)-[:OWNS]->(n) RETURN a.id ORDER BY a.id } AS owners,
       COLLECT { MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(n) RETURN a.id ORDER BY a.id } AS responsible,
       n.totalBaht AS stored
