// Mutation.updateProject: the Project just changed, read back with the selection. $id.
MATCH (this:Project {id: $id})
RETURN this
