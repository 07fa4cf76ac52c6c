package th.phakee.results;

/** GraphQL input {@code IndicatorFilter}. */
public record IndicatorFilter(String nameContains, String measures, String place, Integer fiscalYear) {

    static final IndicatorFilter NONE = new IndicatorFilter(null, null, null, null);
}
