EXISTS { MATCH (this)<-[:OF]-(o:Observation) WHERE o.fiscalYear = $fiscalYear }
