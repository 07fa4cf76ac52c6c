// Observation.shares: the figures whose percent is computed on this one (SHARE_OF it), largest first.
MATCH (share:Observation)-[:SHARE_OF]->(this)
RETURN share ORDER BY share.value DESC, share.id
