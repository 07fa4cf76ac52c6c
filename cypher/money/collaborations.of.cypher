// Money model, read: the collaborations as stored (money.Collaborations) of the agencies $agencies, either way round.
UNWIND $agencies AS agencyId
CALL (agencyId) {
  MATCH (c:Collaboration {agency: agencyId}) RETURN c
  UNION
  MATCH (c:Collaboration {other: agencyId}) RETURN c
}
RETURN DISTINCT c.agency AS agency, c.other AS other, c.shared AS shared, c.baht AS baht, c.byBudget AS byBudget,
       c.byCount AS byCount
