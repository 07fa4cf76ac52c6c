// Money model, write: remove the tallies nothing adds up to any more. $names.
MATCH (t:Tally) WHERE t.name IN $names
DELETE t
