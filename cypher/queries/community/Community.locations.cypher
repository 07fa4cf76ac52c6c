// Community.locations: the places it is LOCATED_IN, the most precise first (tambon, district, province, region); each a
// Location.
MATCH (this)-[l:LOCATED_IN]->(place)
RETURN place, type(l) AS relation, null AS count, null AS unit, l.src AS src
ORDER BY CASE WHEN place:Tambon THEN 0 WHEN place:District THEN 1 WHEN place:Province THEN 2 ELSE 3 END,
         place.sortKey, place.id
