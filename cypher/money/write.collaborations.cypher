// Money model, write: the collaborations that are new or changed (money.Collaborations). $rows: list of
// {name, agency, other, shared, count, baht, byBudget, byCount}; name (agency|other) is unique (a constraint).
UNWIND $rows AS row
MERGE (c:Collaboration {name: row.name})
SET c.agency = row.agency, c.other = row.other, c.shared = row.shared, c.count = row.count, c.baht = row.baht,
    c.byBudget = row.byBudget, c.byCount = row.byCount
