// Plan.children: the plans PART_OF this one, in the source's numbering, then Thai order.
MATCH (child:Plan)-[:PART_OF]->(this)
RETURN child ORDER BY toFloatOrNull(child.code), child.sortKey, child.id
