// Query.node: any entity by id.
// $id. Returns label, props.
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n {.*} AS props
