package th.phakee.planlinkage;

/** GraphQL input {@code PlanOrder}: one sort key and its direction. */
public record PlanOrder(String field, String direction) {

    static final PlanOrder BY_NAME = new PlanOrder("NAME", "ASC");

    boolean descending() {
        return "DESC".equals(direction);
    }
}
