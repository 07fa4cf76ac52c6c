package th.phakee.graph.vocabulary;

/** Whether a LINKS_TO is primary (หลัก) or secondary (รอง) (GraphQL enum {@code LinkRole}; the bundle format takes the same names). */
public enum LinkRole {
    PRIMARY, SECONDARY
}
