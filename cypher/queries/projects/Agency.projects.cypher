// Agency.projects: the projects the agency is RESPONSIBLE_FOR, in Thai order.
MATCH (this)-[:RESPONSIBLE_FOR]->(project:Project)
RETURN DISTINCT project ORDER BY project.sortKey, project.id
