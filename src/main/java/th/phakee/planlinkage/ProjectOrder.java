package th.phakee.planlinkage;

import th.phakee.graph.KeysetPaging;

/** GraphQL input {@code ProjectOrder}. */
public record ProjectOrder(String field, String direction) implements KeysetPaging.Ordering {
}
