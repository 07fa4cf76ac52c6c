package th.phakee.graph.vocabulary;

/** The schemes that group provinces into regions: CODI's 5 and the official 6 (GraphQL enum {@code RegionScheme}; the bundle format takes the same names). */
public enum RegionScheme {
    CODI5, OFFICIAL6
}
