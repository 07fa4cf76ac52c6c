// Observation.conflictsWith (batched): the figures stated differently elsewhere for the same measure, either
// direction of CONFLICTS_WITH (the one sums use is the end the arrow points at).
// $ids. Returns id, conflicts (list of maps).
UNWIND $ids AS id
MATCH (o:Observation {id: id})
OPTIONAL MATCH (o)-[:CONFLICTS_WITH]-(other:Observation)
WITH id, other ORDER BY other.id
RETURN id, collect(DISTINCT other {.*}) AS conflicts
