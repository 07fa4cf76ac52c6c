package th.phakee.graph.vocabulary;

/** A project, or an activity or sub-activity of one (GraphQL enum {@code ProjectKind}; the bundle format takes the same names). */
public enum ProjectKind {
    PROJECT, ACTIVITY, SUB_ACTIVITY
}
