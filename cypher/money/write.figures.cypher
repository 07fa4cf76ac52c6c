// Money model, write: the derived values of the figures that changed. $rows: list of {id, props}.
UNWIND $rows AS row
MATCH (b:Budget {id: row.id})
SET b += row.props
