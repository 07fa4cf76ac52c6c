// Indicator.measures: the plans and projects the indicator measures, in Thai order.
MATCH (this)-[:MEASURES]->(measured)
RETURN measured ORDER BY measured.sortKey, measured.id
