// Money model, derived again part by part: the collaborations of an agency that no longer exists, to remove.
MATCH (c:Collaboration)
WHERE NOT EXISTS { MATCH (:Agency {id: c.agency}) } OR NOT EXISTS { MATCH (:Agency {id: c.other}) }
RETURN c.agency + '|' + c.other AS name
