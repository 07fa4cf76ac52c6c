// ProjectFilter.agency: the agency's projects in the roles $agencyRole (RESPONSIBLE and PAYS when null), with
// $includeUnits also its units' (agencies PART_OF it at any depth): the same walk as Agency.projects. It starts
// from the agency and hands the projects on as `this` (a source: the compiler puts it before the label match,
// so a page of an agency's projects costs that agency's projects, not the label's).
MATCH (agency:Agency {id: $agency})<-[:PART_OF*0..6]-(unit:Agency)
WHERE unit = agency OR coalesce($includeUnits, false)
WITH DISTINCT unit, coalesce($agencyRole, ['RESPONSIBLE', 'PAYS']) AS roles
CALL (unit, roles) {
  WITH unit, roles WHERE 'RESPONSIBLE' IN roles
  MATCH (unit)-[:RESPONSIBLE_FOR]->(project:Project)
  RETURN project
  UNION
  WITH unit, roles WHERE 'PAYS' IN roles
  MATCH (unit)<-[:FROM]-(:Budget)-[:FUNDS]->(project:Project)
  RETURN project
  UNION
  WITH unit, roles WHERE 'PARTNER' IN roles
  MATCH (project:Project)-[link:LINKS_TO]->()
  WHERE link.via = unit.id
  RETURN project
  UNION
  WITH unit, roles WHERE 'PARTNER' IN roles
  MATCH (project:Project)-[:UNDER]->(:Plan)<-[link:LINKS_TO]-(:Plan)
  WHERE link.via = unit.id
  RETURN project
}
WITH DISTINCT project AS this
