// Money model, a change's scope: every agency, province and region (a few thousand: what the rules read about the
// agencies and places the scope's figures and things name).
MATCH (n:Entity) WHERE n:Agency OR n:Province OR n:Region
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id,
       n {.kind, .scheme, .sortKey, .totalBaht} AS properties
