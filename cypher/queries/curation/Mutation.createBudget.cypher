// Mutation.createBudget: the Budget just written, read back with the selection. $input.
MATCH (this:Budget {id: $input.id})
RETURN this
