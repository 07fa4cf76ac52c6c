// Query.plan: one plan element by id. $id.
MATCH (this:Plan {id: $id})
RETURN this
