// Query.province: a province by ISO 3166-2 id.
// $id. Returns province (map).
MATCH (p:Province {id: $id})
RETURN p {.*} AS province
