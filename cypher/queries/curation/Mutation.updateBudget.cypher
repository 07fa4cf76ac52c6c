// Mutation.updateBudget: the Budget just changed, read back with the selection. $id.
MATCH (this:Budget {id: $id})
RETURN this
