// PlanFilter.level: only plans of this level.
this.level = $level
