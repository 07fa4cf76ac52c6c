// Query.node: any entity by its id. $id.
MATCH (this:Entity {id: $id})
RETURN this
