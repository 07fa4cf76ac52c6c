// Province.projects: projects located in or targeting the province (directly or through a district or tambon).
MATCH (project:Project)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(this)
RETURN DISTINCT project ORDER BY project.sortKey, project.id
