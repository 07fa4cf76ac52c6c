// Province.linkages: the province's linkage rows: community strategy -[LINKS_TO {via}]-> provincial strategy
// -[PART_OF]-> provincial plan, and the projects UNDER the provincial strategy with their money. A community
// strategy belongs to a province by TARGETS (directly or through a district or tambon). Where a row names the
// provincial plan but none of its strategies (Tak's second row, 000:355-356), the link goes to the plan: it is
// the row's provincial plan and the row has no provincial strategy.
MATCH (cs:Plan {level: 'COMMUNITY_STRATEGY'})-[:TARGETS]->()-[:PART_OF*0..2]->(this)
OPTIONAL MATCH (cs)-[l:LINKS_TO]->(target:Plan)
OPTIONAL MATCH (target)-[:PART_OF]->(parent:Plan)
OPTIONAL MATCH (via:Agency {id: l.via})
WITH DISTINCT cs, l, target, via, parent ORDER BY cs.code, cs.id, target.id
RETURN cs AS communityStrategy, via,
       CASE WHEN target.level = 'PROVINCIAL_PLAN' THEN null ELSE target END AS provincialStrategy,
       CASE WHEN target.level = 'PROVINCIAL_PLAN' THEN target ELSE parent END AS provincialPlan,
       COLLECT { MATCH (p:Project)-[:UNDER]->(target) RETURN p ORDER BY p.sortKey, p.id } AS projects,
       reduce(total = 0, b IN COLLECT { MATCH (b:Budget)-[:FUNDS]->(:Project)-[:UNDER]->(target)
                                        WHERE b.restates IS NULL AND NOT target.id IN b.heldBy RETURN DISTINCT b }
              | total + b.amountBaht) AS budget,
       l.src AS src
