// Money model, write: the counted total of plans, projects and agencies that changed. $rows: list of {id, total}.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.totalBaht = row.total
