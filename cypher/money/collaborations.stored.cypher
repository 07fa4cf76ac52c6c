// Money model, read: the collaborations as stored (money.Collaborations), to write only what changed.
MATCH (c:Collaboration)
RETURN c.agency AS agency, c.other AS other, c.shared AS shared, c.baht AS baht, c.byBudget AS byBudget,
       c.byCount AS byCount
