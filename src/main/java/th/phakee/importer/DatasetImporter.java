package th.phakee.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphSchemaInitializer;
import th.phakee.importer.BundleReader.ParsedBundle;
import th.phakee.importer.GraphRecords.Key;
import th.phakee.importer.GraphRecords.NodeRecord;
import th.phakee.importer.GraphRecords.RelationshipRecord;

/**
 * Loads a bundle into the graph: the whole bundle is validated first (by {@link BundleReader}, then against the
 * nodes already in the database), and only a valid bundle is written, in one transaction made of batched
 * statements, so that a failure leaves the database exactly as it was. Only rows that differ from the graph are
 * written, which makes a second import of the same bundle a no-op and lets the report say so.
 */
@Service
public class DatasetImporter {

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);
    static final int BATCH = 500;

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;
    private final GraphSchemaInitializer schema;
    private final TransactionTemplate transaction;

    DatasetImporter(Neo4jClient neo4j, CypherQueries cypher, GraphSchemaInitializer schema,
            PlatformTransactionManager transactionManager) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.schema = schema;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Imports without progress output. */
    public ImportReport importBundle(Bundle bundle) {
        return importBundle(bundle, total -> done -> { });
    }

    /**
     * Validates and imports {@code bundle}; throws {@link InvalidBundleException} (nothing written) if it has
     * problems. {@code progress} is given the number of rows to write and returns what to call as they are written.
     */
    public ImportReport importBundle(Bundle bundle, java.util.function.LongFunction<LongConsumer> progress) {
        long started = System.nanoTime();
        schema.apply();
        ParsedBundle parsed = new BundleReader(bundle).read();
        ImportReport report = transaction.execute(status -> {
            // into an empty graph every row is new: nothing to look up before writing it
            boolean empty = neo4j.query(cypher.get("import/count")).fetchAs(Long.class).one().orElse(0L) == 0;
            checkAgainstGraph(parsed, empty);
            LongConsumer advance = progress.apply(parsed.nodes().size() + parsed.relationships().size());
            int[] nodes = writeNodes(parsed.nodes(), advance, empty);
            int[] relationships = writeRelationships(parsed.relationships(), advance, empty);
            return new ImportReport(nodes[0], nodes[1], nodes[2], relationships[0], relationships[1],
                    relationships[2], (System.nanoTime() - started) / 1e9);
        });
        log.info("Import of {}: {}", bundle, report.summary());
        return report;
    }

    /** The checks only the database can answer: ends outside the bundle, ids held by a node of another label. */
    private void checkAgainstGraph(ParsedBundle parsed, boolean empty) {
        Map<String, String> bundleLabels = bundleLabels(parsed);
        Map<String, String> graphLabels = new HashMap<>();
        for (List<NodeRecord> batch : empty ? List.<List<NodeRecord>>of() : batches(parsed.nodes())) {
            for (Map<String, Object> existing : existingNodes(batch.stream().map(NodeRecord::id).toList())) {
                graphLabels.put((String) existing.get("id"), (String) existing.get("label"));
            }
        }
        List<String> outsideIds = empty ? List.of() : idsOutsideBundle(parsed, bundleLabels);
        neo4j.query(cypher.get("import/ends.lookup")).bind(outsideIds).to("ids").fetch().all()
                .forEach(row -> graphLabels.put((String) row.get("id"), (String) row.get("label")));
        List<BundleProblem> problems = problems(parsed, bundleLabels, graphLabels);
        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems);
        }
    }

    /**
     * Every problem of a bundle read by {@link BundleReader}, given the labels the graph holds for the bundle's ids
     * and for the ids it names outside itself ({@code graphLabels}; empty for an empty graph): the reader's own,
     * an id that is a node of another label in the graph, a relationship end that is nowhere, a label pair the
     * model does not allow, a {@code via} that is not an agency.
     */
    static List<BundleProblem> problems(ParsedBundle parsed, Map<String, String> bundleLabels,
            Map<String, String> graphLabels) {
        List<BundleProblem> problems = new ArrayList<>(parsed.problems());
        for (NodeRecord node : parsed.nodes()) {
            String label = graphLabels.get(node.id());
            if (label != null && !label.equals(node.label())) {
                problems.add(new BundleProblem(node.file(), node.line(), "id", "id \"" + node.id() + "\" is a " + label
                        + " in the database, not a " + node.label()));
            }
        }
        java.util.function.Function<String, String> labelOf = id -> bundleLabels.getOrDefault(id, graphLabels.get(id));
        for (RelationshipRecord rel : parsed.endsOutsideBundle()) {
            String fromLabel = labelOf.apply(rel.from());
            String toLabel = labelOf.apply(rel.to());
            if (fromLabel == null || toLabel == null) {
                String missing = fromLabel == null ? rel.from() : rel.to();
                problems.add(new BundleProblem(rel.file(), rel.line(), fromLabel == null ? "from" : "to",
                        "no node with id \"" + missing + "\" in the bundle or the database"));
                continue;
            }
            problems.addAll(BundleReader.endProblems(rel, fromLabel, toLabel));
        }
        for (RelationshipRecord rel : parsed.relationships()) {
            if (rel.properties().get("via") instanceof String via && !"Agency".equals(labelOf.apply(via))) {
                problems.add(new BundleProblem(rel.file(), rel.line(), "via", "\"" + via + "\" is not the id of an Agency"));
            }
        }
        return problems;
    }

    /** The label of every node of the bundle, by id. */
    static Map<String, String> bundleLabels(ParsedBundle parsed) {
        Map<String, String> labels = new HashMap<>(2 * parsed.nodes().size());
        parsed.nodes().forEach(n -> labels.put(n.id(), n.label()));
        return labels;
    }

    /** Ids that relationships name (as an end or as {@code via}) and the bundle does not hold. */
    private static List<String> idsOutsideBundle(ParsedBundle parsed, Map<String, String> bundleLabels) {
        return java.util.stream.Stream.concat(
                        parsed.endsOutsideBundle().stream().flatMap(r -> java.util.stream.Stream.of(r.from(), r.to())),
                        parsed.relationships().stream().map(r -> r.properties().get("via")).filter(String.class::isInstance)
                                .map(String.class::cast))
                .filter(id -> !bundleLabels.containsKey(id)).distinct().toList();
    }

    /** Writes created and changed nodes; returns {created, updated, unchanged}. */
    private int[] writeNodes(List<NodeRecord> nodes, LongConsumer advance, boolean empty) {
        int[] counts = new int[3];
        for (List<NodeRecord> batch : batches(nodes)) {
            Map<String, Map<String, Object>> existing = new HashMap<>();
            for (Map<String, Object> row : empty ? List.<Map<String, Object>>of() : existingNodes(batch.stream().map(NodeRecord::id).toList())) {
                existing.put((String) row.get("id"), asMap(row.get("props")));
            }
            List<Map<String, Object>> created = new ArrayList<>();
            List<Map<String, Object>> updated = new ArrayList<>();
            for (NodeRecord node : batch) {
                Map<String, Object> stored = existing.get(node.id());
                int outcome = stored == null ? 0 : same(node.properties(), stored) ? 2 : 1;
                counts[outcome]++;
                if (outcome != 2) {
                    (outcome == 0 ? created : updated).add(Map.of("id", node.id(), "label", node.label(), "props", node.properties()));
                }
            }
            write("import/nodes.create", created);
            write("import/nodes.merge", updated);
            advance.accept(batch.size());
        }
        return counts;
    }

    private int[] writeRelationships(List<RelationshipRecord> relationships, LongConsumer advance, boolean empty) {
        int[] counts = new int[3];
        for (List<RelationshipRecord> batch : batches(relationships)) {
            Map<Key, Map<String, Object>> existing = new HashMap<>();
            if (!empty) {
                List<Map<String, Object>> keys = batch.stream()
                        .map(r -> Map.<String, Object>of("type", r.type(), "from", r.from(), "to", r.to())).toList();
                neo4j.query(cypher.get("import/relationships.existing")).bind(keys).to("keys").fetch().all()
                        .forEach(row -> existing.put(new Key((String) row.get("type"), (String) row.get("from"),
                                (String) row.get("to")), asMap(row.get("props"))));
            }
            List<Map<String, Object>> created = new ArrayList<>();
            List<Map<String, Object>> updated = new ArrayList<>();
            for (RelationshipRecord rel : batch) {
                Map<String, Object> stored = existing.get(rel.key());
                int outcome = stored == null ? 0 : same(rel.properties(), stored) ? 2 : 1;
                counts[outcome]++;
                if (outcome != 2) {
                    (outcome == 0 ? created : updated).add(Map.of("type", rel.type(), "from", rel.from(), "to", rel.to(),
                            "props", rel.properties()));
                }
            }
            write("import/relationships.create", created);
            write("import/relationships.merge", updated);
            advance.accept(batch.size());
        }
        return counts;
    }

    /** Runs a batched write statement over {@code rows}, if there are any. */
    private void write(String statement, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            neo4j.query(cypher.get(statement)).bind(rows).to("rows").run();
        }
    }

    private java.util.Collection<Map<String, Object>> existingNodes(List<String> ids) {
        return neo4j.query(cypher.get("import/nodes.existing")).bind(ids).to("ids").fetch().all();
    }

    /** Whether the graph already holds exactly these values (properties the bundle does not define are ignored). */
    private static boolean same(Map<String, Object> wanted, Map<String, Object> stored) {
        return wanted.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), stored.get(e.getKey())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
        }
        return batches;
    }
}
