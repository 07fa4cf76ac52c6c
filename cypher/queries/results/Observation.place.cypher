// Observation.place: the region or province the figure is for; none for a national figure.
MATCH (this)-[:FOR]->(place)
RETURN place ORDER BY place.id LIMIT 1
