package th.phakee.planlinkage;

import th.phakee.graph.KeysetPaging;

/** GraphQL input {@code PlanOrder}: one sort key and its direction. */
public record PlanOrder(String field, String direction) implements KeysetPaging.Ordering {
}
