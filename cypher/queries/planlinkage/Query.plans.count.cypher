// PlanConnection.totalCount: appended to Query.plans.filter. Returns total.
RETURN count(p) AS total
