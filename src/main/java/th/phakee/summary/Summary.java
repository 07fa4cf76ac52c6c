package th.phakee.summary;

/**
 * The scope of a summary (GraphQL type {@code Summary}); each of its fields is computed by its own statement, only
 * when asked for.
 */
public record Summary(Integer fiscalYear, String regionId, String provinceId) {
}
