// Query.project: one project or activity by id.
// $id. Returns project (map).
MATCH (p:Project {id: $id})
RETURN p {.*} AS project
