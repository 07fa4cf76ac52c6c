// Money model, read: the tallies $names as stored (money.Tallies), to add a change's difference to.
UNWIND $names AS name
MATCH (t:Tally {name: name})
RETURN t.name AS name, t.year AS year, t.baht AS baht, t.figures AS figures
