// Plan.projects: the projects UNDER the plan or contributing to it (LINKS_TO); with $transitive, also those of
// the plans part of it (at any depth) and their activities. In Thai order. Each walk starts from the plan.
CALL (this) {
  MATCH (project:Project)-[:UNDER|LINKS_TO]->(this)
  RETURN project
  UNION
  WITH this WHERE $transitive
  MATCH (this)<-[:PART_OF*0..8]-(:Plan)<-[:UNDER|LINKS_TO]-(:Project)<-[:PART_OF*0..4]-(project:Project)
  RETURN project
}
RETURN project ORDER BY project.sortKey, project.id
