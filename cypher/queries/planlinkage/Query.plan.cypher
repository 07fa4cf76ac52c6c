// Query.plan: one plan element by id.
// $id. Returns plan (map).
MATCH (p:Plan {id: $id})
RETURN p {.*} AS plan
