// Money model, write: the dashboard's tallies that are new or changed (money.Tallies). $rows: list of
// {name, dimension, key, year (0: all years), level, baht, figures}; name is unique (a constraint).
UNWIND $rows AS row
MERGE (t:Tally {name: row.name})
SET t.dimension = row.dimension, t.key = row.key, t.year = row.year, t.level = row.level,
    t.baht = row.baht, t.figures = row.figures
