// Query.agency: one agency by id. $id.
MATCH (this:Agency {id: $id})
RETURN this
