// Province.linkages (batched): each province's linkage rows: community strategy -[LINKS_TO {via}]-> provincial
// strategy -[PART_OF]-> provincial plan, and the projects UNDER the provincial strategy with their budgets.
// A community strategy belongs to a province by TARGETS (directly or through a district or tambon). Where a row
// names the provincial plan but none of its strategies (Tak's second row, 000:355-356), the link goes to the plan:
// it is the row's provincial plan and the row has no provincial strategy.
// $ids. Returns id, linkages (list of {communityStrategy, link, via, provincialStrategy, provincialPlan, projects, budget}).
UNWIND $ids AS id
MATCH (prov:Province {id: id})
OPTIONAL MATCH (cs:Plan {level: 'COMMUNITY_STRATEGY'})-[:TARGETS]->()-[:PART_OF*0..2]->(prov)
OPTIONAL MATCH (cs)-[l:LINKS_TO]->(target:Plan)
OPTIONAL MATCH (target)-[:PART_OF]->(parent:Plan)
OPTIONAL MATCH (via:Agency {id: l.via})
WITH id, cs, l, target, via,
     CASE WHEN target.level = 'PROVINCIAL_PLAN' THEN null ELSE target END AS ps,
     CASE WHEN target.level = 'PROVINCIAL_PLAN' THEN target ELSE parent END AS pp,
     COLLECT { MATCH (p:Project)-[:UNDER]->(target) RETURN p {.*} ORDER BY p.sortKey, p.id } AS projects,
     COLLECT { MATCH (b:Budget)-[:FUNDS]->(:Project)-[:UNDER]->(target) WHERE NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget) WITH DISTINCT b RETURN sum(b.amountBaht) }[0] AS budget
ORDER BY cs.code, cs.id, target.id
RETURN id, collect(CASE WHEN cs IS NULL THEN null ELSE
  {communityStrategy: cs {.*}, link: properties(l), via: via {.*}, provincialStrategy: ps {.*},
   provincialPlan: pp {.*}, projects: projects, budget: budget} END) AS linkages
