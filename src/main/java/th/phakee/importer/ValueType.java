package th.phakee.importer;

/** How a bundle column is written in CSV and stored in the graph (docs/dataset-format.md, "Values"). */
enum ValueType {
    /** Free text, stored NFC-normalised. */
    TEXT,
    /** A whole number, stored as a Neo4j integer. */
    INTEGER,
    /** Integer baht, not negative, stored as a Neo4j integer (a Java {@code long}). */
    MONEY,
    /** An exact decimal: stored as the number and, exactly, as text in {@code <name>Exact}. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of a fixed set of upper-case values. */
    ENUM,
    /** A calendar date, ISO-8601 {@code yyyy-mm-dd} (Gregorian), stored as that text. */
    DATE,
    /** A {@code |}-separated list of texts. */
    LIST,
    /** A {@code |}-separated list of {@code <doc>:<line>} citations. */
    CITATIONS
}
