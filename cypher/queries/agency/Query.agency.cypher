// Query.agency: one agency by id.
// $id. Returns agency (map).
MATCH (a:Agency {id: $id})
RETURN a {.*} AS agency
