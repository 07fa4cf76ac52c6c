// Mutation.createProject: the Project just written, read back with the selection. $input.
MATCH (this:Project {id: $input.id})
RETURN this
