// Summary.provinces: how many provinces are in scope.
RETURN CASE WHEN this.scope IS NULL THEN COUNT { MATCH (:Province) } ELSE size(this.scope) END
