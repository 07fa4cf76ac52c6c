// Money model, read: every budget figure with what it funds, the figure it is a stated part of (PART_OF), the
// figure it restates and that counts instead (CONFLICTS_WITH, the arrow points at the one sums use), the places
// it is stated for (FOR: a province, district or tambon, or a CODI region), the agency it comes from (FROM), and
// its derived values as stored.
MATCH (b:Budget)
RETURN b.id AS id, b.amountBaht AS amount, b.fiscalYear AS fiscalYear, b.source AS source,
       COLLECT { MATCH (b)-[:FUNDS]->(x) RETURN x.id ORDER BY x.id }[0] AS funds,
       COLLECT { MATCH (b)-[:PART_OF]->(w:Budget) RETURN w.id ORDER BY w.id }[0] AS partOf,
       COLLECT { MATCH (b)-[:CONFLICTS_WITH]->(k:Budget) RETURN k.id ORDER BY k.id }[0] AS kept,
       COLLECT { MATCH (b)-[:FROM]->(a:Agency) RETURN a.id ORDER BY a.id }[0] AS payer,
       COLLECT { MATCH (b)-[:FOR]->()-[:PART_OF*0..2]->(p:Province) RETURN DISTINCT p.id } AS statedProvinces,
       COLLECT { MATCH (b)-[:FOR]->(r:Region {scheme: 'CODI5'}) RETURN DISTINCT r.id } AS statedRegions,
       b {.counted, .partOf, .restates, .withinAny, .heldBecause, .withinSame, .heldBy, .heldBySame, .splitBySource,
          .provinces, .regions, .province, .region, .countedFor, .countedForRegion, .sharedFor, .level, .countedForPlanLevel, .creditedTo,
          .creditedToDepartment} AS stored
