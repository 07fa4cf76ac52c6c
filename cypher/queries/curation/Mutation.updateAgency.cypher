// Mutation.updateAgency: the Agency just changed, read back with the selection. $id.
MATCH (this:Agency {id: $id})
RETURN this
