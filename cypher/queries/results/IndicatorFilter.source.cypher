// IndicatorFilter.source: the indicator, or one of its figures (OF it), cites a line of the document (the
// indicator itself at length 0).
MATCH (this)<-[:OF*0..1]-(stated)
WHERE any(citation IN stated.src WHERE citation STARTS WITH $source + ':')
