// Money model, write: remove the collaborations of agencies that no longer share anything. $names.
MATCH (c:Collaboration) WHERE c.name IN $names
DELETE c
