// Agency.collaborators (batched): other agencies that share a project, a plan or a place with each agency:
// responsible for or paying for the same project or plan, owning the same plan, linking plans through it
// (LINKS_TO via), or located in the same place. Budget: the figures stated for the shared projects and plans,
// each counted once.
// $ids; $orderBy: BUDGET | COUNT; $first. Returns id, collaborators (list of {agency, shared, count, budget}).
UNWIND $ids AS id
MATCH (a:Agency {id: id})
CALL (a) {
  MATCH (a)-[:RESPONSIBLE_FOR|OWNS]->(thing)<-[:RESPONSIBLE_FOR|OWNS]-(other:Agency)
  RETURN other, thing
  UNION
  MATCH (a)<-[:FROM]-(:Budget)-[:FUNDS]->(thing)<-[:FUNDS]-(:Budget)-[:FROM]->(other:Agency)
  RETURN other, thing
  UNION
  MATCH (a)-[:RESPONSIBLE_FOR|OWNS]->(thing)<-[:FUNDS]-(:Budget)-[:FROM]->(other:Agency)
  RETURN other, thing
  UNION
  MATCH (a)<-[:FROM]-(:Budget)-[:FUNDS]->(thing)<-[:RESPONSIBLE_FOR|OWNS]-(other:Agency)
  RETURN other, thing
  UNION
  MATCH (x)-[l1:LINKS_TO]->(thing)<-[l2:LINKS_TO]-(y)
  WHERE l1.via = a.id AND l2.via IS NOT NULL AND l2.via <> a.id
  MATCH (other:Agency {id: l2.via})
  RETURN other, thing
  UNION
  MATCH (a)-[:LOCATED_IN]->(thing)<-[:LOCATED_IN]-(other:Agency)
  RETURN other, thing
}
WITH id, a, other, thing ORDER BY thing.sortKey, thing.id
WITH id, a, other, collect(DISTINCT thing) AS things
WHERE other <> a
WITH id, other, things,
     COLLECT { UNWIND things AS t MATCH (b:Budget)-[:FUNDS]->(t) WHERE NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget) WITH DISTINCT b RETURN sum(b.amountBaht) }[0] AS budget
ORDER BY CASE $orderBy WHEN 'COUNT' THEN size(things) ELSE budget END DESC, other.sortKey, other.id
WITH id, collect({agency: other {.*}, budget: budget, count: size(things),
                  shared: [t IN things | {label: [l IN labels(t) WHERE l <> 'Entity'][0], props: t {.*}}]}) AS all
RETURN id, all[0..$first] AS collaborators
