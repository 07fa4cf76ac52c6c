// ProjectFilter.agencyRole: no condition of its own; ProjectFilter.agency takes the roles ($agencyRole).
true
