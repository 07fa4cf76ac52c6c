// Money model, derived again part by part: the ids of every figure, plan and project, in id order.
MATCH (n:Entity) WHERE n:Budget OR n:Plan OR n:Project
RETURN n.id AS id ORDER BY id
