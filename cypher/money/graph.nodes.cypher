// Money model, read: the nodes it derives from (money.MoneyGraph.LABELS: figures, plans, projects, agencies,
// provinces, regions) with the values its rules read and, for figures, plans, projects and agencies, what it derived
// before (money.MoneyModel.DERIVED, totalBaht), so that only what changed is written.
MATCH (n:Entity) WHERE n:Budget OR n:Plan OR n:Project OR n:Agency OR n:Province OR n:Region
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label, n.id AS id,
       n {.amountBaht, .fiscalYear, .source, .level, .kind, .scheme, .sortKey, .totalBaht,
          .counted, .partOf, .restates, .withinAny, .heldBecause, .withinSame, .heldBy, .heldBySame, .splitBySource,
          .provinces, .regions, .province, .region, .countedFor, .countedForRegion, .sharedFor,
          .countedForPlanLevel, .creditedTo, .creditedToDepartment, .inAgencyTotals} AS properties
