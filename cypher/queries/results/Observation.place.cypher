// Observation.place: what the figure is FOR: the named actor it is of (an agency, council or community) if any,
// else the most precise place (a tambon, district, province, then region); none for a national figure. A
// university's figure is FOR the university and its region (000:175-180): the university is its place.
MATCH (this)-[:FOR]->(place)
RETURN place
ORDER BY CASE WHEN place:Agency OR place:Council OR place:Community THEN 0 WHEN place:Tambon THEN 1
              WHEN place:District THEN 2 WHEN place:Province THEN 3 ELSE 4 END, place.id
LIMIT 1
