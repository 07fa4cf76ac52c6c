package th.phakee.graph.vocabulary;

/** How far a figure has gone: requested, allocated, disbursed, spent (GraphQL enum {@code BudgetStatus}; the bundle format takes the same names). */
public enum BudgetStatus {
    REQUESTED, ALLOCATED, DISBURSED, SPENT
}
