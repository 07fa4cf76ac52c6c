// Agency.collaborators: other agencies that share a project, a plan or a place with this one: responsible for
// or paying for the same project or plan, owning the same plan, linking plans through it (LINKS_TO via), or
// located in the same place; budget: the shared things' money, each figure once. The money model derives the
// pairs when the data changes (money.MoneyModel, money.Collaborations), each with its rank in
// either order as one string (byBudget, byCount): the page is read from an index in that order, whatever the
// number of collaborators. Only the branch of the order asked for reads (the other unwinds an empty list).
// sharedIds: what Collaboration.shared finds, if it is asked for.
// $orderBy: BUDGET | COUNT; $first.
CALL (this) {
  UNWIND CASE WHEN $orderBy = 'COUNT' THEN [] ELSE [this.id] END AS agency
  MATCH (c:Collaboration) WHERE c.agency = agency AND c.byBudget IS NOT NULL
  WITH c ORDER BY c.byBudget LIMIT $first
  RETURN c, c.byBudget AS rank
  UNION ALL
  UNWIND CASE WHEN $orderBy = 'COUNT' THEN [this.id] ELSE [] END AS agency
  MATCH (c:Collaboration) WHERE c.agency = agency AND c.byCount IS NOT NULL
  WITH c ORDER BY c.byCount LIMIT $first
  RETURN c, c.byCount AS rank
}
MATCH (other:Agency {id: c.other})
WITH c, other ORDER BY rank
RETURN other AS agency, c.shared AS sharedIds, c.count AS count, c.baht AS budget
