// Query.regions: the regions of a scheme (all schemes if none), in Thai dictionary order. $scheme.
MATCH (this:Region)
WHERE $scheme IS NULL OR this.scheme = $scheme
RETURN this ORDER BY this.scheme, this.sortKey, this.id
