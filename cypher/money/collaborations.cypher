// Money model, read: every pair of agencies that share something, with the money they share (money.Collaborations,
// read by Agency.collaborators). Two agencies share a thing when both are responsible for, own or pay for the same
// project or plan, when plans link through each of them (LINKS_TO via), or when both are located in the same place.
// shared: the things' ids in Thai order of their names; otherSortKey: for the pair's rank keys; baht: the shared things' own figures, each once (a
// restatement is not added, nor a figure that another figure of the shared things holds: MoneyModel's heldBy).
MATCH (this:Agency)
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
// the shared things' ids once per pair, not once per figure tested against them
WITH this, other, things, [s IN things | s.id] AS ids
RETURN this.id AS agency, other.id AS other, other.sortKey AS otherSortKey, ids AS shared,
       reduce(total = 0, b IN COLLECT { UNWIND things AS t MATCH (b:Budget)-[:FUNDS]->(t)
                                        WHERE b.restates IS NULL AND none(held IN b.heldBy WHERE held IN ids)
                                        RETURN DISTINCT b }
              | total + b.amountBaht) AS baht
