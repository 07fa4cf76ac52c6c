// Mutation.createPlan: the Plan just written, read back with the selection. $input.
MATCH (this:Plan {id: $input.id})
RETURN this
