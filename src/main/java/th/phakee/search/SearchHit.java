package th.phakee.search;

/** One search result (GraphQL type {@code SearchHit}). */
record SearchHit(Object node, String type, String name, double score) {
}
