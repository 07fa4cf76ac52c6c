// Query.indicator: one indicator (KPI) by id.
// $id. Returns indicator (map).
MATCH (i:Indicator {id: $id})
RETURN i {.*} AS indicator
