package th.phakee.graph.vocabulary;

/** Where a figure's money comes from (OTHER: a combined total of several sources) (GraphQL enum {@code BudgetSource}; the bundle format takes the same names). */
public enum BudgetSource {
    STATE, OWN_REVENUE, LOCAL, PARTNER, OTHER
}
