// Query.province: a province by ISO 3166-2 id. $id.
MATCH (this:Province {id: $id})
RETURN this
