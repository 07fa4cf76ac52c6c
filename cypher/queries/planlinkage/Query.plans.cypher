// Query.plans: the plans a page is cut from (PlanFilter's fragments narrow them, PlanOrderField's order them).
MATCH (this:Plan)
