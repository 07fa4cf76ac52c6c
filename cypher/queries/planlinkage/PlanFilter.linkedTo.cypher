// PlanFilter.linkedTo: plans that link or belong to the plan, directly or through other plans (up to 8 steps).
MATCH (this)-[:LINKS_TO|PART_OF*1..8]->(:Plan {id: $linkedTo})
