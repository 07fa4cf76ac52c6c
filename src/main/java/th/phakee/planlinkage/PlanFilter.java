package th.phakee.planlinkage;

/** GraphQL input {@code PlanFilter}. */
public record PlanFilter(String level, String nameContains, String linkedTo, Integer fiscalYear) {

    static final PlanFilter NONE = new PlanFilter(null, null, null, null);
}
