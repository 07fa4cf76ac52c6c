// Money model, a change's scope: the figures credited to the agencies $agencies or to their units (an agency's kind
// or what it is part of decides the department its figures are credited to).
UNWIND $agencies AS agencyId
MATCH (unit:Agency)-[:PART_OF*0..6]->(:Agency {id: agencyId})
WITH collect(DISTINCT unit.id) AS units
MATCH (b:Budget) WHERE b.creditedTo IN units
RETURN collect(b.id) AS ids
