package th.phakee.importer;

import java.util.Map;

/** The bundle's rows as the graph will hold them: typed property maps, each with the place it was read from. */
final class GraphRecords {

    private GraphRecords() {
    }

    /** A node: {@code properties} holds every column of its label (null where the row leaves it empty). */
    record NodeRecord(String label, String id, Map<String, Object> properties, String file, int line) {
    }

    /** A relationship, identified by its type and its two ends. */
    record RelationshipRecord(String type, String from, String to, Map<String, Object> properties, String file, int line) {

        Key key() {
            return new Key(type, from, to);
        }
    }

    record Key(String type, String from, String to) {
        @Override
        public String toString() {
            return "(" + from + ")-[:" + type + "]->(" + to + ")";
        }
    }
}
