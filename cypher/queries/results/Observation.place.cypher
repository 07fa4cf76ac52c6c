// Observation.place (batched): where each figure is for (a region, province …); no row for a national figure.
// $ids. Returns id, label, props.
UNWIND $ids AS id
MATCH (:Observation {id: id})-[:FOR]->(place)
RETURN id, [l IN labels(place) WHERE l <> 'Entity'][0] AS label, place {.*} AS props
