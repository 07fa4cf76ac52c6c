// Province.linkages: the province's linkage rows: community strategy -[LINKS_TO {via}]-> provincial strategy
// -[PART_OF]-> provincial plan, and the projects UNDER the provincial strategy with their money. A community
// strategy belongs to a province by TARGETS (directly or through a district or tambon). Where a row names the
// provincial plan but none of its strategies (Tak's second row, 000:355-356), the link goes to the plan: it is
// the row's provincial plan and the row has no provincial strategy.
// Where the table links a project to the community strategy through an agency instead (ตราด, นครราชสีมา, ปทุมธานี,
// มุกดาหาร, สกลนคร, 000:379-381, 468-469: project -[LINKS_TO {via}]-> community strategy), those projects are the
// row's too. The row's agency (via) is the one any element of the row names: the community strategy's own link,
// else the link of one of its projects, else the agency the table says the community works with
// (RESPONSIBLE_FOR the community strategy: บึงกาฬ, 000:333); its sources are the lines of the element that names it.
// budget: the row's projects' figures, each once (a figure another figure of the row holds is not added again).
MATCH (cs:Plan {level: 'COMMUNITY_STRATEGY'})-[:TARGETS]->()-[:PART_OF*0..2]->(this)
OPTIONAL MATCH (cs)-[l:LINKS_TO]->(target:Plan)
OPTIONAL MATCH (target)-[:PART_OF]->(parent:Plan)
WITH DISTINCT cs, l, target, parent ORDER BY cs.code, cs.id, target.id
WITH cs, l, target, parent,
     COLLECT { MATCH (p:Project)-[:UNDER]->(target) RETURN p
               UNION
               MATCH (p:Project)-[:LINKS_TO]->(cs) RETURN p } AS rowProjects,
     COLLECT { MATCH (p:Project)-[pl:LINKS_TO]->(cs) WHERE pl.via IS NOT NULL RETURN pl ORDER BY p.id } AS projectLinks,
     COLLECT { MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(cs) RETURN r ORDER BY a.id } AS worksWith
WITH cs, l, target, parent, rowProjects,
     CASE WHEN l.via IS NOT NULL THEN l.via
          WHEN size(projectLinks) > 0 THEN projectLinks[0].via
          ELSE startNode(head(worksWith)).id END AS viaId,
     CASE WHEN l IS NOT NULL THEN l.src
          WHEN size(projectLinks) > 0 THEN reduce(lines = [], pl IN projectLinks | lines + pl.src)
          ELSE head(worksWith).src END AS src
OPTIONAL MATCH (via:Agency {id: viaId})
RETURN cs AS communityStrategy, via,
       CASE WHEN target.level = 'PROVINCIAL_PLAN' THEN null ELSE target END AS provincialStrategy,
       CASE WHEN target.level = 'PROVINCIAL_PLAN' THEN target ELSE parent END AS provincialPlan,
       COLLECT { UNWIND rowProjects AS p RETURN p ORDER BY p.sortKey, p.id } AS projects,
       reduce(total = 0, b IN COLLECT { UNWIND rowProjects AS p MATCH (b:Budget)-[:FUNDS]->(p)
                                        WHERE b.restates IS NULL
                                          AND none(x IN [target] + rowProjects WHERE x IS NOT NULL AND x.id IN coalesce(b.heldBy, []))
                                        RETURN DISTINCT b }
              | total + b.amountBaht) AS budget,
       src
