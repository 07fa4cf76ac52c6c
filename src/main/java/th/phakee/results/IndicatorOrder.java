package th.phakee.results;

import th.phakee.graph.KeysetPaging;

/** GraphQL input {@code IndicatorOrder}. */
public record IndicatorOrder(String field, String direction) implements KeysetPaging.Ordering {
}
