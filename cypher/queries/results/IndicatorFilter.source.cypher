// IndicatorFilter.source: the indicator, or one of its figures, cites a line of the document.
any(citation IN this.src WHERE citation STARTS WITH $source + ':')
OR EXISTS { MATCH (this)<-[:OF]-(o:Observation) WHERE any(citation IN o.src WHERE citation STARTS WITH $source + ':') }
