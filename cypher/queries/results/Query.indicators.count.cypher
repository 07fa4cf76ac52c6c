// IndicatorConnection.totalCount: appended to Query.indicators.filter. Returns total.
RETURN count(p) AS total
