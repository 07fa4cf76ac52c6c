// Project.totalBudget (batched): the figures stated for each project itself; if none, its activities' own
// figures at the nearest level that has them (never both: nothing is counted twice).
// $ids. Returns id, total.
UNWIND $ids AS id
MATCH (p:Project {id: id})
WITH id, p, CASE WHEN EXISTS { (:Budget)-[:FUNDS]->(p) }
                THEN COLLECT { MATCH (b:Budget)-[:FUNDS]->(p) WHERE NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget) RETURN sum(b.amountBaht) }[0]
                ELSE COLLECT { MATCH path = (d:Project)-[:PART_OF*1..4]->(p)
                               WHERE EXISTS { (:Budget)-[:FUNDS]->(d) }
                                 AND none(x IN nodes(path)[1..-1] WHERE EXISTS { (:Budget)-[:FUNDS]->(x) })
                               MATCH (b:Budget)-[:FUNDS]->(d) WHERE NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
                               RETURN coalesce(sum(b.amountBaht), 0) }[0]
           END AS total
RETURN id, total
