// Indicator.measures (batched): the plans and projects each indicator measures, in Thai order.
// $ids. Returns id, measured (list of {label, props}).
UNWIND $ids AS id
MATCH (i:Indicator {id: id})
OPTIONAL MATCH (i)-[:MEASURES]->(m)
WITH id, m ORDER BY m.sortKey, m.id
RETURN id, collect({label: [l IN labels(m) WHERE l <> 'Entity'][0], props: m {.*}}) AS measured
