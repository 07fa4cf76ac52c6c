// Summary.budgetByAgency: the counted figures under the agency they come FROM, or else the agencies responsible
// for what they fund, or else the agency that owns the plan they fund; largest first.
MATCH (figure:Budget)
WHERE figure.counted AND (this.fiscalYear IS NULL OR figure.fiscalYear = this.fiscalYear)
  AND (this.scope IS NULL OR any(p IN figure.provinces WHERE p IN this.scope))
WITH figure, COLLECT { MATCH (figure)-[:FROM]->(a:Agency) RETURN a } AS payers,
     COLLECT { MATCH (figure)-[:FUNDS]->()<-[:RESPONSIBLE_FOR]-(a:Agency) RETURN DISTINCT a } AS responsible,
     COLLECT { MATCH (figure)-[:FUNDS]->()<-[:OWNS]-(a:Agency) RETURN DISTINCT a } AS owners
UNWIND CASE WHEN payers <> [] THEN payers WHEN responsible <> [] THEN responsible ELSE owners END AS agency
WITH agency, collect(DISTINCT figure) AS figures
RETURN agency.id AS key, agency.nameTh AS name, reduce(total = 0, f IN figures | total + f.amountBaht) AS total,
       size(figures) AS figures ORDER BY total DESC, key
