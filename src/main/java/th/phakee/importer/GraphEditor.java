package th.phakee.importer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionUtils;
import org.springframework.stereotype.Service;

import th.phakee.graph.CypherQueries;
import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.NotFoundException;
import th.phakee.graph.TransactionRetry;
import th.phakee.importer.DatasetSchema.NodeSpec;
import th.phakee.importer.DatasetSchema.RelationshipSpec;
import th.phakee.importer.GraphRecords.RelationshipRecord;
import th.phakee.money.MoneyModel;

/**
 * Single changes to the graph, checked by the rules the importer applies to a bundle (the same columns, values,
 * enums, citations and label pairs), written with the importer's statements and recorded with {@code updatedAt}
 * and {@code updatedBy}. Problems are reported per field, all at once.
 * <p>
 * Every change runs in a managed write transaction of the driver ({@link #write}): the checks and the writes of
 * one mutation commit together or not at all, and a transient failure (a deadlock with a concurrent change, a
 * connection lost, a cluster's leader changing) runs the whole unit of work again ({@link TransactionRetry}). In a
 * cluster the driver routes it to the leader; its bookmark goes to the application's bookmark manager, so the
 * caller's next read sees it.
 */
@Service
public class GraphEditor {

    private final Driver driver;
    private final DatabaseSelectionProvider database;
    private final Neo4jBookmarkManager bookmarks;
    private final CypherQueries cypher;
    private final MoneyModel money;

    GraphEditor(Driver driver, DatabaseSelectionProvider database, Neo4jBookmarkManager bookmarks, CypherQueries cypher,
            MoneyModel money) {
        this.driver = driver;
        this.database = database;
        this.bookmarks = bookmarks;
        this.cypher = cypher;
        this.money = money;
    }

    /**
     * Runs {@code work} in one managed write transaction and returns its result. {@code work} may run more than
     * once (after a transient failure), so it must do nothing but read and write through the {@link Edit}; an
     * exception it throws (a refused change) rolls everything back and is not retried.
     */
    public <T> T write(Function<Edit, T> work) {
        return TransactionRetry.run("A write transaction", () -> {
            var used = bookmarks.getBookmarks();
            var config = Neo4jTransactionUtils.sessionConfig(false, used, database.getDatabaseSelection(), UserSelection.connectedUser());
            try (var session = driver.session(config)) {
                T result = session.executeWrite(tx -> {
                    T done = work.apply(new Edit(tx));
                    // which figure counts where is decided again, now that the data has changed, in the same transaction
                    money.update(tx);
                    return done;
                });
                bookmarks.updateBookmarks(used, session.lastBookmarks());
                return result;
            }
        });
    }

    /** The changes that can be made inside one {@link #write} transaction. */
    public final class Edit {

        private final TransactionContext tx;

        private Edit(TransactionContext tx) {
            this.tx = tx;
        }

        /**
         * Creates ({@code create}) or changes a node. {@code cells} holds the fields given, as bundle cell texts; on
         * a change, absent fields keep their value. Returns the node's stored properties.
         */
        public Map<String, Object> writeNode(String label, String id, Map<String, String> cells, boolean create, String user) {
            NodeSpec spec = DatasetSchema.NODES.get(label);
            if (id == null || id.isBlank()) {
                throw new InvalidRequestException("field id: missing value; give the new " + label + " a stable id.");
            }
            Map<String, Object> existing = stored(id);
            if (create && existing != null) {
                throw new InvalidRequestException("field id: \"" + id + "\" is already used by a " + existing.get("label") + ".");
            }
            if (!create && (existing == null || !label.equals(existing.get("label")))) {
                throw new NotFoundException("No " + label + " with id \"" + id + "\".");
            }
            Map<String, String> merged = new LinkedHashMap<>();
            if (existing != null) {
                Map<String, Object> props = asMap(existing.get("props"));
                for (Column column : spec.columns()) {
                    Object value = column.type() == ValueType.DECIMAL ? props.get(column.name() + "Exact") : props.get(column.name());
                    merged.put(column.name(), ValueCodec.format(column, value));
                }
            }
            cells.forEach((column, value) -> {
                if (value != null) {
                    merged.put(column, value);
                }
            });
            merged.put("id", id);
            merged.put("updatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            merged.put("updatedBy", user);
            Map<String, Object> properties = validated(spec.columns(), merged);
            properties.remove("id");
            BundleReader.addDerived(properties);
            run("import/nodes.merge", Map.of("rows", List.of(Map.of("id", id, "label", label, "props", properties))));
            return asMap(stored(id).get("props"));
        }

        /** Removes a node of {@code label} and its relationships. */
        public Map<String, Object> deleteNode(String label, String id) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("label", label);
            List<Map<String, Object>> removed = run("import/node.delete", params);
            if (removed.isEmpty()) {
                throw new NotFoundException("No " + label + " with id \"" + id + "\".");
            }
            return removed.get(0);
        }

        /** Creates or changes the relationship {@code (from)-[type]->(to)}. Returns its stored properties. */
        public Map<String, Object> writeRelationship(String type, String from, String to, Map<String, String> cells) {
            RelationshipSpec spec = DatasetSchema.RELATIONSHIPS.get(type);
            List<String> problems = new ArrayList<>();
            Map<String, Object> fromNode = stored(from);
            Map<String, Object> toNode = stored(to);
            if (fromNode == null) {
                problems.add("field from: no entity with id \"" + from + "\"");
            }
            if (toNode == null) {
                problems.add("field to: no entity with id \"" + to + "\"");
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", problems) + ".");
            }
            Map<String, String> all = new LinkedHashMap<>(cells);
            all.put("from", from);
            all.put("to", to);
            Map<String, Object> properties = validated(spec.columns(), all);
            properties.remove("from");
            properties.remove("to");
            RelationshipRecord record = new RelationshipRecord(type, from, to, properties, "input", 0);
            for (BundleProblem problem : BundleReader.endProblems(record, (String) fromNode.get("label"), (String) toNode.get("label"))) {
                problems.add((problem.column() == null ? "" : "field " + problem.column() + ": ") + problem.message());
            }
            if (properties.get("via") instanceof String via && !"Agency".equals(labelOf(via))) {
                problems.add("field via: \"" + via + "\" is not the id of an Agency");
            }
            if (type.equals("PART_OF") && problems.isEmpty() && cycle(from, to)) {
                problems.add("field to: " + to + " is already part of " + from + "; PART_OF cannot form a cycle");
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", problems) + ".");
            }
            run("import/relationships.merge", Map.of("rows", List.of(Map.of("type", type, "from", from, "to", to, "props", properties))));
            return properties;
        }

        /** Removes the relationship {@code (from)-[type]->(to)}; how many were removed (1). */
        public int deleteRelationship(String type, String from, String to) {
            Map<String, Object> params = new HashMap<>();
            params.put("type", type);
            params.put("from", from);
            params.put("to", to);
            long removed = ((Number) run("import/relationship.delete", params).get(0).get("relationships")).longValue();
            if (removed == 0) {
                throw new NotFoundException("No " + type + " relationship from \"" + from + "\" to \"" + to + "\".");
            }
            return (int) removed;
        }

        private Map<String, Object> stored(String id) {
            if (id == null) {
                return null;
            }
            List<Map<String, Object>> rows = run("import/node.properties", Map.of("id", id));
            return rows.isEmpty() ? null : rows.get(0);
        }

        private String labelOf(String id) {
            Map<String, Object> node = stored(id);
            return node == null ? null : (String) node.get("label");
        }

        private boolean cycle(String from, String to) {
            List<Map<String, Object>> rows = run("import/part_of.cycle", Map.of("from", from, "to", to));
            return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0).get("cycle"));
        }

        /** Runs a catalog statement in this transaction; its rows as maps. */
        private List<Map<String, Object>> run(String statement, Map<String, Object> parameters) {
            return tx.run(cypher.get(statement), parameters).list(Record::asMap);
        }
    }

    /** Typed properties of every column, or InvalidRequestException listing each field's problem. */
    private static Map<String, Object> validated(List<Column> columns, Map<String, String> cells) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> properties = new HashMap<>();
        for (Column column : columns) {
            String cell = cells.getOrDefault(column.name(), "");
            if (cell == null || cell.isBlank()) {
                if (column.required()) {
                    problems.add("field " + column.name() + ": missing value"
                            + (column.name().equals("src") ? " (cite the line that states it, e.g. 003:142)" : ""));
                }
                BundleReader.putValue(properties, column, null);
                continue;
            }
            try {
                BundleReader.putValue(properties, column, ValueCodec.parse(column, cell));
            }
            catch (ValueCodec.BadValue e) {
                problems.add("field " + column.name() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems) + ".");
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
