package th.phakee.agency;

import th.phakee.graph.KeysetPaging;

/** GraphQL input {@code AgencyOrder}. */
public record AgencyOrder(String field, String direction) implements KeysetPaging.Ordering {
}
