// Money model, a change's scope: the figures credited to the agencies $agencies or to their units, or whose department
// one of them is (an agency's kind, what it is part of, or its removal decides the department its figures and its
// units' figures are credited to).
UNWIND $agencies AS agencyId
OPTIONAL MATCH (unit:Agency)-[:PART_OF*0..6]->(:Agency {id: agencyId})
WITH collect(DISTINCT unit.id) + $agencies AS units
CALL (units) {
  MATCH (b:Budget) WHERE b.creditedTo IN units RETURN b
  UNION
  MATCH (b:Budget) WHERE b.creditedToDepartment IN units RETURN b
}
RETURN collect(DISTINCT b.id) AS ids
