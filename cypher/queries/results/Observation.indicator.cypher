// Observation.indicator (batched): the indicator each figure is of.
// $ids. Returns id, indicator (map).
UNWIND $ids AS id
MATCH (:Observation {id: id})-[:OF]->(i:Indicator)
RETURN id, i {.*} AS indicator
