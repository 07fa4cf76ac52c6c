package th.phakee.graph.vocabulary;

/**
 * What an observation's printed percentage is a share of: its target (achievement), a whole it is part of, or the
 * change over a base (GraphQL enum {@code PercentBase}; the bundle format takes the same names).
 */
public enum PercentBase {
    TARGET, WHOLE, CHANGE
}
