// Project.responsibleAgencies (batched): the agencies RESPONSIBLE_FOR each project, with the role.
// $ids. Returns id, agencies (list of {agency, link}).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (a:Agency)-[l:RESPONSIBLE_FOR]->(p)
WITH id, a, l ORDER BY a.sortKey, a.id
RETURN id, collect(CASE WHEN a IS NULL THEN null ELSE {agency: a {.*}, link: properties(l)} END) AS agencies
