// ProjectFilter.agency: the project is the agency's in the roles $agencyRole (RESPONSIBLE and PAYS when null), or,
// with $includeUnits, one of its units' (agencies PART_OF it at any depth): RESPONSIBLE_FOR it, FROM of a figure
// that FUNDS it, or (PARTNER) named as LINKS_TO.via on the project's own link or on the link of a community
// strategy to the plan the project is UNDER. The same walk as Agency.projects. A pattern from the agency, so that
// the planner can start there.
MATCH (unit:Agency)-[:PART_OF*0..6]->(agency:Agency {id: $agency})
WHERE (unit = agency OR coalesce($includeUnits, false))
  AND (('RESPONSIBLE' IN coalesce($agencyRole, ['RESPONSIBLE', 'PAYS'])
        AND EXISTS { (unit)-[:RESPONSIBLE_FOR]->(this) })
    OR ('PAYS' IN coalesce($agencyRole, ['RESPONSIBLE', 'PAYS'])
        AND EXISTS { (unit)<-[:FROM]-(:Budget)-[:FUNDS]->(this) })
    OR ('PARTNER' IN coalesce($agencyRole, ['RESPONSIBLE', 'PAYS'])
        AND (EXISTS { MATCH (this)-[link:LINKS_TO]->() WHERE link.via = unit.id }
             OR EXISTS { MATCH (this)-[:UNDER]->(:Plan)<-[link:LINKS_TO]-(:Plan) WHERE link.via = unit.id })))
