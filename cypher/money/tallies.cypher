// Money model, read: the dashboard's tallies as stored (money.Tallies), to write only what changed.
MATCH (t:Tally)
RETURN t.name AS name, t.year AS year, t.baht AS baht, t.figures AS figures
