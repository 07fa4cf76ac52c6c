// Plan.locations: the places the plan TARGETS (or is LOCATED_IN); each a Location.
MATCH (this)-[l:TARGETS|LOCATED_IN]->(place)
RETURN place, type(l) AS relation, l.count AS count, l.unit AS unit, l.src AS src
ORDER BY relation, place.sortKey, place.id
