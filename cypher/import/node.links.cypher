// Curation: the links of a node that the model's rules on plan levels and project kinds apply to, with the level or
// kind of the node at the other end. $id. Returns type, outgoing, id, label, value.
MATCH (n:Entity {id: $id})-[r:PART_OF|LINKS_TO|UNDER]-(other:Entity)
RETURN type(r) AS type, startNode(r) = n AS outgoing, other.id AS id,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS label, coalesce(other.level, other.kind) AS value
