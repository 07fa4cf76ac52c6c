// Money model, a change's scope: which of $ids are figures, plans, projects, agencies or places.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label
