MATCH (this)-[:PART_OF]->(whole:Budget)
RETURN whole ORDER BY whole.id LIMIT 1
