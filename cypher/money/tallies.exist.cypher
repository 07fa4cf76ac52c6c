// Money model: whether the graph has the dashboard's tallies (money.Tallies) or has no figure to tally.
RETURN EXISTS { MATCH (:Tally) } OR NOT EXISTS { MATCH (:Budget) } AS ready
