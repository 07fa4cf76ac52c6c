// Mutation.link: the relationship just written, read back with the selection. $input {type, from, to}.
MATCH (:Entity {id: $input.from})-[this]->(:Entity {id: $input.to})
WHERE type(this) = $input.type
RETURN this LIMIT 1
