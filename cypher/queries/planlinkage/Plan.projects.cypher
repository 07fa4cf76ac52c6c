// Plan.projects (batched): the projects under each plan (UNDER) or contributing to it (LINKS_TO); with
// $transitive, also those of the plans that are part of it, at any depth, and the activities of those projects.
// $ids, $transitive. Returns id, projects (list of maps), in Thai order.
UNWIND $ids AS id
MATCH (plan:Plan {id: id})
OPTIONAL MATCH (p:Project)
WHERE EXISTS { (p)-[:UNDER|LINKS_TO]->(plan) }
   OR ($transitive AND EXISTS { MATCH (p)-[:PART_OF*0..4]->(:Project)-[:UNDER|LINKS_TO]->(:Plan)-[:PART_OF*0..8]->(plan) })
WITH id, p ORDER BY p.sortKey, p.id
RETURN id, collect(DISTINCT p {.*}) AS projects
