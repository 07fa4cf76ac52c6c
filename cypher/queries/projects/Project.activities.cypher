// Project.activities: the activities PART_OF the project, in id order (the source's numbering).
MATCH (activity:Project)-[:PART_OF]->(this)
RETURN activity ORDER BY activity.id
