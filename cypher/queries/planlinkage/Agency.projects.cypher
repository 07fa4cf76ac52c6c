// Agency.projects (batched): the projects each agency is RESPONSIBLE_FOR, in Thai order.
// $ids. Returns id, projects (list of maps).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
OPTIONAL MATCH (a)-[:RESPONSIBLE_FOR]->(p:Project)
WITH id, p ORDER BY p.sortKey, p.id
RETURN id, collect(DISTINCT p {.*}) AS projects
