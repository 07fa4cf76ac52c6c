// Money model, read: each province's CODI region (the regions summaries group money by).
MATCH (p:Province)-[:PART_OF]->(r:Region {scheme: 'CODI5'})
RETURN p.id AS province, r.id AS region
