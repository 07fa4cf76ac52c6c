package th.phakee.graph.vocabulary;

/** What kind of organisation an agency is (GraphQL enum {@code AgencyKind}; the bundle format takes the same names). */
public enum AgencyKind {
    MINISTRY, DEPARTMENT, PUBLIC_ORGANIZATION, UNIT, PROVINCIAL_OFFICE, PROVINCIAL_ADMIN_ORG, LOCAL_GOVERNMENT,
    UNIVERSITY, NGO, NETWORK, FUND, COMMITTEE, PRIVATE, MEDIA, POLITICAL_PARTY, OTHER
}
