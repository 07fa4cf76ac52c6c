// Money model, a change's scope: the agency a relationship was made through, before a change writes or removes it.
// $type, $from, $to. Returns via (no row if there is no such relationship).
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE type(r) = $type
RETURN r.via AS via
