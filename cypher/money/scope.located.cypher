// Money model, a change's scope: the figures and things that are in, target or are for the places $places or the
// places within them (a place that moves to another district or region moves their provinces and regions).
UNWIND $places AS placeId
MATCH (inner:Entity)-[:PART_OF*0..2]->(:Entity {id: placeId})
MATCH (n:Entity)-[:LOCATED_IN|TARGETS|FOR]->(inner)
WHERE n:Budget OR n:Plan OR n:Project
RETURN collect(DISTINCT n.id) AS ids
