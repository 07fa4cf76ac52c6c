// Project.partners: agencies that pay for the project (FROM of its figures) other than those responsible.
MATCH (this)<-[:FUNDS]-(:Budget)-[:FROM]->(agency:Agency)
WHERE NOT (agency)-[:RESPONSIBLE_FOR]->(this)
RETURN DISTINCT agency ORDER BY agency.sortKey, agency.id
