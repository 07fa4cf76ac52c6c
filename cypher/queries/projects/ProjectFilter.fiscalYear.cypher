// ProjectFilter.fiscalYear: the project's year, or a figure of that year funds it.
this.fiscalYear = $fiscalYear OR EXISTS { MATCH (:Budget {fiscalYear: $fiscalYear})-[:FUNDS]->(this) }
