package th.phakee.graph.vocabulary;

/**
 * The level a figure's money is at: the national budget frame (the Budget Act's strategies and plans), or an
 * agency's own budget (GraphQL enum {@code MoneyLevel}); money.MoneyModel decides which, and no total adds the two.
 */
public enum MoneyLevel {
    NATIONAL_FRAME, AGENCY
}
