// ProjectFilter.underPlan: under the plan or a plan part of it (or contributing to one), or an activity of such
// a project.
MATCH (this)-[:PART_OF*0..4]->(:Project)-[:UNDER|LINKS_TO]->(:Plan)-[:PART_OF*0..6]->(:Plan {id: $underPlan})
