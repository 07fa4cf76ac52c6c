// Writes search texts derived again (search.SearchText). $rows: list of {id, searchText}.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.searchText = row.searchText
