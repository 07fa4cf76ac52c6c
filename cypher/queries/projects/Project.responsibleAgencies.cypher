// Project.responsibleAgencies: the agencies RESPONSIBLE_FOR the project, with the role; each a Responsibility.
MATCH (agency:Agency)-[l:RESPONSIBLE_FOR]->(this)
RETURN agency, l.role AS role, l.src AS src
ORDER BY agency.sortKey, agency.id
