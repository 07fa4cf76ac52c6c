// Mutation.createAgency: the Agency just written, read back with the selection. $input.
MATCH (this:Agency {id: $input.id})
RETURN this
