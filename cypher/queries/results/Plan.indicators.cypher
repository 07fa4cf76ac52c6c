// Plan.indicators: the indicators that measure the plan, in Thai order.
MATCH (indicator:Indicator)-[:MEASURES]->(this)
RETURN indicator ORDER BY indicator.sortKey, indicator.id
