package th.phakee.graph.vocabulary;

/**
 * Pass or fail, as a criterion table prints it (ผ่าน / ไม่ผ่าน) (GraphQL enum {@code Verdict}; the bundle format takes
 * the same names).
 */
public enum Verdict {
    PASSED, NOT_PASSED
}
