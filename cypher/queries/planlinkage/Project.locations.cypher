// Project.locations (batched): the places each project is LOCATED_IN or TARGETS.
// $ids. Returns id, locations (list of {label, place, relation, link}).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)-[l:LOCATED_IN|TARGETS]->(place)
WITH id, l, place ORDER BY type(l), place.sortKey, place.id
RETURN id, collect(CASE WHEN place IS NULL THEN null ELSE
  {label: [x IN labels(place) WHERE x <> 'Entity'][0], place: place {.*}, relation: type(l), link: properties(l)} END)
  AS locations
