package th.phakee.graph.vocabulary;

/** Whether an indicator's figure is a target or a result (GraphQL enum {@code ObservationKind}; the bundle format takes the same names). */
public enum ObservationKind {
    TARGET, RESULT
}
