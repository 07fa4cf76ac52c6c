package th.phakee.graph.vocabulary;

/**
 * What a plan or project item is, as its plan marks it: new in this plan, or revised / extended from the last one
 * (GraphQL enum {@code ChangeMark}; the bundle format takes the same names).
 */
public enum ChangeMark {
    NEW, REVISED
}
