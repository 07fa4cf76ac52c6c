// Curation: the label and properties of one node, to validate a change against.
// $id. Returns label, props.
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
