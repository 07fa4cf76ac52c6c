// Importer: create or update nodes. Every node also carries the Entity label (ids unique across the graph).
// $rows: list of {id, label, props}; props has every column of the label, null where absent (which removes it).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n += row.props
