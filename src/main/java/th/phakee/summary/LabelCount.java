package th.phakee.summary;

/** A count under a key (GraphQL type {@code LabelCount}). */
public record LabelCount(String key, int count) {
}
