// Query.indicator: one indicator (KPI) by id. $id.
MATCH (this:Indicator {id: $id})
RETURN this
