// Project.locations: the places the project is LOCATED_IN or TARGETS; each a Location.
MATCH (this)-[l:LOCATED_IN|TARGETS]->(place)
RETURN place, type(l) AS relation, l.count AS count, l.unit AS unit, l.src AS src
ORDER BY relation, place.sortKey, place.id
