package th.phakee.planlinkage;

/** GraphQL input {@code ProjectFilter}. */
public record ProjectFilter(String kind, String province, String agency, String underPlan, Integer fiscalYear,
        Long minBudget, Long maxBudget, String nameContains) {

    static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null, null);
}
