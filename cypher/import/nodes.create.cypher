// Importer: create nodes the graph does not hold yet (the importer has just looked their ids up). Every node also
// carries the Entity label (ids unique across the graph).
// $rows: list of {id, label, props}.
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.props
