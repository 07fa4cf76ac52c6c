// Query.indicators: the indicators a page is cut from (IndicatorFilter narrows, IndicatorOrderField orders).
MATCH (this:Indicator)
