package th.phakee.agency;

/** GraphQL input {@code AgencyFilter}. */
public record AgencyFilter(String kind, String province, String nameContains) {

    static final AgencyFilter NONE = new AgencyFilter(null, null, null);
}
