// Money model, a change's scope: the nodes $ids as money/graph.nodes reads every node.
UNWIND $ids AS id
MATCH (n:Entity {id: id}) WHERE n:Budget OR n:Plan OR n:Project OR n:Agency OR n:Province OR n:Region
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id,
       n {.amountBaht, .fiscalYear, .source, .level, .kind, .scheme, .sortKey, .totalBaht,
          .counted, .partOf, .restates, .withinAny, .heldBecause, .withinSame, .heldBy, .heldBySame, .splitBySource,
          .provinces, .regions, .province, .region, .countedFor, .countedForRegion, .sharedFor,
          .countedForPlanLevel, .creditedTo, .creditedToDepartment, .inAgencyTotals} AS properties
