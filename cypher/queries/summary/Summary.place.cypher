// Summary.region and Summary.province: the region or province of the scope.
// $id. Returns props (map).
MATCH (n:Entity {id: $id})
RETURN n {.*} AS props
