// Agency.collaborators: other agencies that share a project, a plan or a place with this one: responsible for
// or paying for the same project or plan, owning the same plan, linking plans through it (LINKS_TO via), or
// located in the same place. budget: the shared things' money, each figure once (a figure that another figure
// of the shared things holds is not added again: money.MoneyModel's heldBy).
// $orderBy: BUDGET | COUNT; $first.
CALL (this) {
  MATCH (this)-[:RESPONSIBLE_FOR|OWNS]->(thing)<-[:RESPONSIBLE_FOR|OWNS]-(other:Agency)
  RETURN other, thing
  UNION
  MATCH (this)<-[:FROM]-(:Budget)-[:FUNDS]->(thing)<-[:FUNDS]-(:Budget)-[:FROM]->(other:Agency)
  RETURN other, thing
  UNION
  MATCH (this)-[:RESPONSIBLE_FOR|OWNS]->(thing)<-[:FUNDS]-(:Budget)-[:FROM]->(other:Agency)
  RETURN other, thing
  UNION
  MATCH (this)<-[:FROM]-(:Budget)-[:FUNDS]->(thing)<-[:RESPONSIBLE_FOR|OWNS]-(other:Agency)
  RETURN other, thing
  UNION
  MATCH (x)-[l1:LINKS_TO]->(thing)<-[l2:LINKS_TO]-(y)
  WHERE l1.via = this.id AND l2.via IS NOT NULL AND l2.via <> this.id
  MATCH (other:Agency {id: l2.via})
  RETURN other, thing
  UNION
  MATCH (this)-[:LOCATED_IN]->(thing)<-[:LOCATED_IN]-(other:Agency)
  RETURN other, thing
}
WITH this, other, thing ORDER BY thing.sortKey, thing.id
WITH this, other, collect(DISTINCT thing) AS things
WHERE other <> this
// the shared things' ids once per collaborator, not once per figure tested against them
WITH other, things, [s IN things | s.id] AS ids
WITH other, things,
     reduce(total = 0, b IN COLLECT { UNWIND things AS t MATCH (b:Budget)-[:FUNDS]->(t)
                                      WHERE b.restates IS NULL AND none(held IN b.heldBy WHERE held IN ids)
                                      RETURN DISTINCT b }
            | total + b.amountBaht) AS budget
RETURN other AS agency, things AS shared, size(things) AS count, budget
ORDER BY CASE $orderBy WHEN 'COUNT' THEN size(things) ELSE budget END DESC, other.sortKey, other.id
LIMIT $first
