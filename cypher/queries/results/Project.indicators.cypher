// Project.indicators: the indicators that measure the project, in Thai order.
MATCH (indicator:Indicator)-[:MEASURES]->(this)
RETURN indicator ORDER BY indicator.sortKey, indicator.id
