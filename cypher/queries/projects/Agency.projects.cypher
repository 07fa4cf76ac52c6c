// Agency.projects: the agency's projects in the roles $role (RESPONSIBLE: RESPONSIBLE_FOR it; PAYS: FROM of a figure
// that FUNDS it; PARTNER: named as LINKS_TO.via on the project's own link, or on the link of a community strategy
// to the plan the project is UNDER); with $includeUnits, also those of the agencies PART_OF it (at any depth).
// In Thai order. ProjectFilter.agency walks the same way.
MATCH (unit:Agency)-[:PART_OF*0..6]->(this)
WHERE unit = this OR coalesce($includeUnits, false)
WITH DISTINCT unit, coalesce($role, ['RESPONSIBLE', 'PAYS']) AS roles
CALL (unit, roles) {
  MATCH (unit)-[:RESPONSIBLE_FOR]->(project:Project)
  WHERE 'RESPONSIBLE' IN roles
  RETURN project
  UNION
  MATCH (unit)<-[:FROM]-(:Budget)-[:FUNDS]->(project:Project)
  WHERE 'PAYS' IN roles
  RETURN project
  UNION
  MATCH (project:Project)-[link:LINKS_TO]->()
  WHERE 'PARTNER' IN roles AND link.via = unit.id
  RETURN project
  UNION
  MATCH (project:Project)-[:UNDER]->(:Plan)<-[link:LINKS_TO]-(:Plan)
  WHERE 'PARTNER' IN roles AND link.via = unit.id
  RETURN project
}
RETURN DISTINCT project ORDER BY project.sortKey, project.id
