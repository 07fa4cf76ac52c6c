// Money model, a change's scope: the figures, plans and projects next to $ids through what the rules follow between
// them (what a figure funds, is part of, restates; what a plan or project is part of or under). Repeated from the
// answer until nothing new comes, it gives every figure and thing whose derived values the change can move.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:PART_OF|UNDER|FUNDS|CONFLICTS_WITH]-(m:Entity)
WHERE (n:Budget OR n:Plan OR n:Project) AND (m:Budget OR m:Plan OR m:Project)
RETURN collect(DISTINCT m.id) AS ids
