package th.phakee.importer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
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
import th.phakee.money.Change;
import th.phakee.money.MoneyModel;
import th.phakee.provenance.SourceTexts;

/**
 * Single changes to the graph, checked by the rules the importer applies to a bundle (the same columns, values,
 * enums, citations, label pairs, plan levels and project kinds), written with the importer's statements and
 * recorded with {@code updatedAt} and {@code updatedBy}. Problems are reported per field, all at once.
 * <p>
 * The rules hold under concurrent changes too. A new node is written with {@code CREATE}, so the id constraints
 * refuse a second node of the same id even when two requests check for it at the same moment (a {@code MERGE}
 * found the other request's node and overwrote it). A change first takes the write locks of the nodes its checks
 * read (the node changed; a relationship's ends; for {@code PART_OF}, everything its new whole is already part of)
 * and reads them again under the locks, so no concurrent change can make what was checked untrue before the
 * commit: two opposite {@code PART_OF} links sent at once cannot both pass the cycle check.
 * <p>
 * Every change runs in a managed write transaction of the driver ({@link #write}): the checks and the writes of
 * one mutation commit together or not at all, and a transient failure (a deadlock with a concurrent change, a
 * connection lost, a cluster's leader changing) runs the whole unit of work again ({@link TransactionRetry}). In a
 * cluster the driver routes it to the leader; its bookmark goes to the application's bookmark manager, so the
 * caller's next read sees it.
 */
@Service
public class GraphEditor {

    /** Neo4j's code for a write that a uniqueness constraint refused. */
    private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final Driver driver;
    private final DatabaseSelectionProvider database;
    private final Neo4jBookmarkManager bookmarks;
    private final CypherQueries cypher;
    private final MoneyModel money;
    private final CitationRules citations;

    GraphEditor(Driver driver, DatabaseSelectionProvider database, Neo4jBookmarkManager bookmarks, CypherQueries cypher,
            MoneyModel money, SourceTexts texts) {
        this.driver = driver;
        this.database = database;
        this.bookmarks = bookmarks;
        this.cypher = cypher;
        this.money = money;
        this.citations = new CitationRules(texts.lineCounts());
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
                    Edit edit = new Edit(tx);
                    T done = work.apply(edit);
                    // which figure counts where is decided again for what the change can move, in the same transaction
                    money.update(tx, edit.change);
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
        /** What this transaction changed, for the money model. */
        private final Change change = new Change();

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
            if (create && ValueCodec.idProblem(id) != null) {
                throw new InvalidRequestException("field id: " + ValueCodec.idProblem(id) + ".");
            }
            if (!create) {
                // nothing can change or remove the node between these checks and the commit
                lock(List.of(id));
            }
            Map<String, Object> existing = stored(id);
            if (create && existing != null) {
                throw new InvalidRequestException("field id: \"" + id + "\" is already used by a " + existing.get("label") + ".");
            }
            if (!create && (existing == null || !label.equals(existing.get("label")))) {
                throw new NotFoundException("No " + label + " with id " + ValueCodec.quoted(id) + ".");
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
            checkSources(properties);
            properties.remove("id");
            if (existing != null) {
                checkLinksStillFit(label, id, asMap(existing.get("props")), properties);
            }
            BundleReader.addDerived(properties);
            List<Map<String, Object>> rows = List.of(Map.of("id", id, "label", label, "props", properties));
            if (create) {
                try {
                    run("import/nodes.create", Map.of("rows", rows));
                }
                catch (Neo4jException e) {
                    if (CONSTRAINT_FAILED.equals(e.code())) {
                        // another request created this id after the check above; the constraint refused this one
                        throw new InvalidRequestException("field id: \"" + id + "\" is already used (it was just created by "
                                + "another request).");
                    }
                    throw e;
                }
            }
            else {
                run("import/nodes.merge", Map.of("rows", rows));
            }
            change.written(id, label, existing == null ? null : asMap(existing.get("props")), properties);
            return asMap(stored(id).get("props"));
        }

        /**
         * A plan's new level (a project's new kind) must still fit the plans (projects) it is linked with: the
         * neighbours are locked, so their own levels cannot change meanwhile.
         */
        private void checkLinksStillFit(String label, String id, Map<String, Object> before, Map<String, Object> after) {
            Object value = DatasetSchema.levelOrKind(after);
            if (!label.equals("Plan") && !label.equals("Project") || java.util.Objects.equals(value, DatasetSchema.levelOrKind(before))) {
                return;
            }
            List<Map<String, Object>> links = run("import/node.links", Map.of("id", id));
            lock(links.stream().map(l -> (String) l.get("id")).toList());
            List<String> problems = new ArrayList<>();
            for (Map<String, Object> link : run("import/node.links", Map.of("id", id))) {
                boolean outgoing = Boolean.TRUE.equals(link.get("outgoing"));
                String other = (String) link.get("id");
                String otherLabel = (String) link.get("label");
                String problem = outgoing
                        ? DatasetSchema.endValueProblem((String) link.get("type"), label, id, value, otherLabel, other, link.get("value"))
                        : DatasetSchema.endValueProblem((String) link.get("type"), otherLabel, other, link.get("value"), label, id, value);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException("field " + (label.equals("Plan") ? "level" : "kind") + ": " + value
                        + " does not fit " + problems.size() + " of the links " + id + " has (unlink them first), e.g. "
                        + problems.get(0) + ".");
            }
        }

        /** Removes a node of {@code label} and its relationships. */
        public Map<String, Object> deleteNode(String label, String id) {
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("label", label);
            // locked first: what the money model takes out of its sums is the node as it is removed
            lock(List.of(id));
            Map<String, Object> existing = stored(id);
            List<String> neighbours = existing == null ? List.of() : ids(run("money/node.neighbours", Map.of("id", id)));
            List<Map<String, Object>> removed = run("import/node.delete", params);
            if (removed.isEmpty()) {
                throw new NotFoundException("No " + label + " with id " + ValueCodec.quoted(String.valueOf(id)) + ".");
            }
            change.removed(id, label, asMap(existing.get("props")), neighbours);
            return removed.get(0);
        }

        /** Creates or changes the relationship {@code (from)-[type]->(to)}. Returns its stored properties. */
        public Map<String, Object> writeRelationship(String type, String from, String to, Map<String, String> cells) {
            RelationshipSpec spec = DatasetSchema.RELATIONSHIPS.get(type);
            List<String> problems = new ArrayList<>();
            List<String> columns = spec.columns().stream().map(Column::name).toList();
            cells.keySet().stream().filter(name -> !columns.contains(name)).sorted()
                    .forEach(name -> problems.add("field " + name + ": a " + type + " relationship has no " + name));
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", problems) + ".");
            }
            // the locks first, then every read this change is checked by
            java.util.SortedSet<String> locked = new java.util.TreeSet<>();
            java.util.stream.Stream.of(from, to).filter(java.util.Objects::nonNull).forEach(locked::add);
            Set<String> wholes = Set.of();
            if (type.equals("PART_OF")) {
                // what `to` is already part of: read once to lock it all in one go, then again under the locks, until
                // no whole appears that is not locked (each read is of the graph as committed when it runs)
                wholes = wholes(to);
                locked.addAll(wholes);
                lock(locked);
                for (Set<String> again = wholes(to); !locked.containsAll(again); again = wholes(to)) {
                    java.util.SortedSet<String> added = new java.util.TreeSet<>(again);
                    added.removeAll(locked);
                    lock(added);
                    locked.addAll(added);
                    wholes = again;
                }
                wholes = wholes(to);
            }
            else {
                lock(locked);
            }
            Map<String, Object> fromNode = stored(from);
            Map<String, Object> toNode = stored(to);
            if (fromNode == null) {
                problems.add("field from: no entity with id " + ValueCodec.quoted(String.valueOf(from)));
            }
            if (toNode == null) {
                problems.add("field to: no entity with id " + ValueCodec.quoted(String.valueOf(to)));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", problems) + ".");
            }
            Map<String, String> all = new LinkedHashMap<>(cells);
            all.put("from", from);
            all.put("to", to);
            Map<String, Object> properties = validated(spec.columns(), all);
            checkSources(properties);
            properties.remove("from");
            properties.remove("to");
            RelationshipRecord record = new RelationshipRecord(type, from, to, properties, "input", 0);
            String fromLabel = (String) fromNode.get("label");
            String toLabel = (String) toNode.get("label");
            for (BundleProblem problem : BundleReader.endProblems(record, fromLabel, toLabel)) {
                problems.add((problem.column() == null ? "" : "field " + problem.column() + ": ") + problem.message());
            }
            if (problems.isEmpty()) {
                String levels = DatasetSchema.endValueProblem(type, fromLabel, from, DatasetSchema.levelOrKind(asMap(fromNode.get("props"))),
                        toLabel, to, DatasetSchema.levelOrKind(asMap(toNode.get("props"))));
                if (levels != null) {
                    problems.add("field to: " + levels);
                }
            }
            if (properties.get("via") instanceof String via && !"Agency".equals(labelOf(via))) {
                problems.add("field via: " + ValueCodec.quoted(via) + " is not the id of an Agency");
            }
            if (type.equals("PART_OF") && (from.equals(to) || wholes.contains(from))) {
                problems.add("field to: " + to + " is already part of " + from + "; PART_OF cannot form a cycle");
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(String.join("; ", problems) + ".");
            }
            List<String> vias = new ArrayList<>(via(type, from, to));
            run("import/relationships.merge", Map.of("rows", List.of(Map.of("type", type, "from", from, "to", to, "props", properties))));
            if (properties.get("via") instanceof String via) {
                vias.add(via);
            }
            change.relationship(type, from, to, vias);
            return properties;
        }

        /** Removes the relationship {@code (from)-[type]->(to)}; how many were removed (1). */
        public int deleteRelationship(String type, String from, String to) {
            Map<String, Object> params = new HashMap<>();
            params.put("type", type);
            params.put("from", from);
            params.put("to", to);
            lock(java.util.stream.Stream.of(from, to).filter(java.util.Objects::nonNull).toList());
            List<String> vias = via(type, from, to);
            long removed = ((Number) run("import/relationship.delete", params).get(0).get("relationships")).longValue();
            if (removed == 0) {
                throw new NotFoundException("No " + type + " relationship from " + ValueCodec.quoted(String.valueOf(from))
                        + " to " + ValueCodec.quoted(String.valueOf(to)) + ".");
            }
            change.relationship(type, from, to, vias);
            return (int) removed;
        }

        /**
         * The documents cited are sources of the graph: a citation's {@code source} is read as the Source node of
         * that id, and a citation of a document the graph has no node for broke every read of its sources.
         */
        private void checkSources(Map<String, Object> properties) {
            if (!(properties.get("src") instanceof List<?> cited) || cited.isEmpty()) {
                return;
            }
            List<String> documents = cited.stream().map(c -> CitationRules.document((String) c)).distinct().sorted().toList();
            Set<String> held = new java.util.HashSet<>();
            run("import/sources.existing", Map.of("ids", documents)).forEach(row -> held.add((String) row.get("id")));
            List<String> missing = documents.stream().filter(d -> !held.contains(d)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("field src: the graph has no source document " + String.join(", ", missing)
                        + " (no Source node of that id); cite a document of the graph's sources.");
            }
        }

        private Map<String, Object> stored(String id) {
            if (id == null) {
                return null;
            }
            List<Map<String, Object>> rows = run("import/node.properties", Map.of("id", id));
            return rows.isEmpty() ? null : rows.get(0);
        }

        /** The agency the relationship {@code (from)-[type]->(to)} was made through, if it exists and has one. */
        private List<String> via(String type, String from, String to) {
            Map<String, Object> params = new HashMap<>();
            params.put("type", type);
            params.put("from", from);
            params.put("to", to);
            return run("money/relationship.via", params).stream().map(row -> (String) row.get("via"))
                    .filter(java.util.Objects::nonNull).toList();
        }

        @SuppressWarnings("unchecked")
        private static List<String> ids(List<Map<String, Object>> rows) {
            return rows.isEmpty() ? List.of() : (List<String>) rows.get(0).get("ids");
        }

        private String labelOf(String id) {
            Map<String, Object> node = stored(id);
            return node == null ? null : (String) node.get("label");
        }

        /** Everything {@code id} is part of, directly or through other parts, as the graph holds it now. */
        private Set<String> wholes(String id) {
            if (id == null) {
                return Set.of();
            }
            Set<String> ids = new java.util.HashSet<>();
            run("import/part_of.wholes", Map.of("id", id)).forEach(row -> ids.add((String) row.get("id")));
            return ids;
        }

        /**
         * Takes the write locks of these nodes, in id order, until the transaction ends: Neo4j's documented way from
         * Cypher (a property set and removed; Operations Manual, "Concurrent data access").
         */
        private void lock(java.util.Collection<String> ids) {
            if (!ids.isEmpty()) {
                run("import/nodes.lock", Map.of("ids", ids.stream().sorted().distinct().toList()));
            }
        }

        /** Runs a catalog statement in this transaction; its rows as maps. */
        private List<Map<String, Object>> run(String statement, Map<String, Object> parameters) {
            return tx.run(cypher.get(statement), parameters).list(Record::asMap);
        }

        /**
         * The rules for {@code cited}: the packaged documents, and the documents an imported bundle carried, which the
         * graph holds with their number of lines (a generated graph's 900).
         */
        private CitationRules citationRules(List<?> cited) {
            List<String> documents = cited.stream().map(c -> CitationRules.document((String) c)).distinct()
                    .filter(document -> !citations.knows(document)).toList();
            if (documents.isEmpty()) {
                return citations;
            }
            Map<String, Integer> held = new HashMap<>();
            run("import/sources.lines", Map.of("ids", documents))
                    .forEach(row -> held.put((String) row.get("id"), ((Number) row.get("lines")).intValue()));
            return citations.with(held);
        }

        /**
         * Typed properties of every column, or InvalidRequestException listing each field's problem. Citations must
         * name a line of a source document the service or the graph has.
         */
        private Map<String, Object> validated(List<Column> columns, Map<String, String> cells) {
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
                    Object value = ValueCodec.parse(column, cell);
                    if (column.type() == ValueType.CITATIONS) {
                        CitationRules rules = citationRules((List<?>) value);
                        ((List<?>) value).stream().map(c -> rules.problem((String) c)).filter(java.util.Objects::nonNull)
                                .findFirst().ifPresent(problem -> problems.add("field " + column.name() + ": " + problem));
                    }
                    BundleReader.putValue(properties, column, value);
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
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
