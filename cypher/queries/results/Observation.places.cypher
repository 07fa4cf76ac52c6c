// Observation.places: everything the figure is FOR (a university's figure is for the university and its region),
// actors first, then the most precise place.
MATCH (this)-[:FOR]->(place)
RETURN place
ORDER BY CASE WHEN place:Agency OR place:Council OR place:Community THEN 0 WHEN place:Tambon THEN 1
              WHEN place:District THEN 2 WHEN place:Province THEN 3 ELSE 4 END, place.id
