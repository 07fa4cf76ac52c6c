// Query.project: one project or activity by id. $id.
MATCH (this:Project {id: $id})
RETURN this
