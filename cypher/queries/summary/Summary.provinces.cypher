// Summary.provinces: provinces in scope.
MATCH (p:Province)
WHERE scope IS NULL OR p.id IN scope
RETURN count(p) AS count
