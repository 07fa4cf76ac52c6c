// PlanFilter.fiscalYear: the plan's period covers the year (plans without a period are included).
(this.startFY IS NULL OR this.startFY <= $fiscalYear) AND (this.endFY IS NULL OR this.endFY >= $fiscalYear)
