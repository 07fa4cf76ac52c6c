// Mutation.updatePlan: the Plan just changed, read back with the selection. $id.
MATCH (this:Plan {id: $id})
RETURN this
