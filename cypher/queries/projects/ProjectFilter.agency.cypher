// ProjectFilter.agency: the agency is responsible for the project, or pays for it (FROM of one of its figures).
// One pattern for both, so the planner can start from the agency: (project)<-RESPONSIBLE_FOR-(agency), or
// (project)<-FUNDS-(budget)-FROM->(agency).
MATCH (this)<-[:RESPONSIBLE_FOR|FUNDS]-(x)-[:FROM*0..1]->(:Agency {id: $agency})
