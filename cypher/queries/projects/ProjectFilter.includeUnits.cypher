// ProjectFilter.includeUnits: no condition of its own; ProjectFilter.agency takes it ($includeUnits).
true
