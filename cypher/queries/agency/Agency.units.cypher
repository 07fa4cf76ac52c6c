// Agency.units (batched): the agencies PART_OF each of these, in Thai order.
// $ids. Returns id, units (list of maps).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
OPTIONAL MATCH (unit:Agency)-[:PART_OF]->(a)
WITH id, unit ORDER BY unit.sortKey, unit.id
RETURN id, collect(unit {.*}) AS units
