package th.phakee.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
import th.phakee.money.MoneyModel;
import th.phakee.search.SearchText;

/**
 * Loads a bundle into the graph: the whole bundle is validated first (by {@link BundleReader}, then against the
 * nodes already in the database), and only a valid bundle is written, in one transaction made of batched
 * statements, so that a failure leaves the database exactly as it was. Only rows that differ from the graph are
 * written, which makes a second import of the same bundle a no-op and lets the report say so.
 * <p>
 * What the graph holds besides the bundle depends on the {@link ImportMode}: kept and reported ({@code UPDATE}, the
 * default), removed in the same transaction and reported ({@code SYNC}), or the graph the bundle adds to
 * ({@code ADD}, the only mode whose relationships and citations may name the database's nodes and sources).
 */
@Service
public class DatasetImporter {

    private static final Logger log = LoggerFactory.getLogger(DatasetImporter.class);
    static final int BATCH = 500;

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;
    private final GraphSchemaInitializer schema;
    private final TransactionTemplate transaction;
    private final MoneyModel money;
    private final ObjectProvider<MeterRegistry> meters;

    DatasetImporter(Neo4jClient neo4j, CypherQueries cypher, GraphSchemaInitializer schema,
            PlatformTransactionManager transactionManager, MoneyModel money, ObjectProvider<MeterRegistry> meters) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.schema = schema;
        this.money = money;
        this.transaction = new TransactionTemplate(transactionManager);
        this.meters = meters;
    }

    /** Imports without progress output, keeping what the graph holds besides the bundle. */
    public ImportReport importBundle(Bundle bundle) {
        return importBundle(bundle, ImportMode.UPDATE);
    }

    /** Imports without progress output. */
    public ImportReport importBundle(Bundle bundle, ImportMode mode) {
        return importBundle(bundle, mode, total -> done -> { });
    }

    /** Imports, keeping what the graph holds besides the bundle. */
    public ImportReport importBundle(Bundle bundle, java.util.function.LongFunction<LongConsumer> progress) {
        return importBundle(bundle, ImportMode.UPDATE, progress);
    }

    /**
     * Validates and imports {@code bundle}; throws {@link InvalidBundleException} (nothing written) if it has
     * problems. {@code progress} is given the number of rows to write and returns what to call as they are written.
     */
    public ImportReport importBundle(Bundle bundle, ImportMode mode, java.util.function.LongFunction<LongConsumer> progress) {
        long started = System.nanoTime();
        try {
            ImportReport report = load(bundle, mode, progress, started);
            record(started, "imported", report);
            return report;
        }
        catch (InvalidBundleException e) {
            record(started, "invalid", null);
            throw e;
        }
        catch (RuntimeException e) {
            record(started, "failed", null);
            throw e;
        }
    }

    /** Counts in the import metrics an import done otherwise (the bulk write of a new database's first start). */
    void recordImport(ImportReport report) {
        record(System.nanoTime() - Math.round(report.seconds() * 1e9), "imported", report);
    }

    /**
     * Metrics of imports: {@code phakee.import} (a timer, by outcome) and {@code phakee.import.nodes} and
     * {@code phakee.import.relationships} (counters, by change: created, updated, unchanged, removed).
     */
    private void record(long started, String outcome, ImportReport report) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return;
        }
        Timer.builder("phakee.import").description("Dataset imports, from reading the bundle to commit")
                .tag("outcome", outcome).register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        if (report != null) {
            count(registry, "phakee.import.nodes", "created", report.nodesCreated());
            count(registry, "phakee.import.nodes", "updated", report.nodesUpdated());
            count(registry, "phakee.import.nodes", "unchanged", report.nodesUnchanged());
            count(registry, "phakee.import.relationships", "created", report.relationshipsCreated());
            count(registry, "phakee.import.relationships", "updated", report.relationshipsUpdated());
            count(registry, "phakee.import.relationships", "unchanged", report.relationshipsUnchanged());
            count(registry, "phakee.import.nodes", "removed", report.nodesRemoved().size());
            count(registry, "phakee.import.relationships", "removed", report.relationshipsRemoved().size());
        }
    }

    private static void count(MeterRegistry registry, String name, String change, int amount) {
        Counter.builder(name).description("Rows of imported bundles, by what the import did with them")
                .tag("change", change).register(registry).increment(amount);
    }

    private ImportReport load(Bundle bundle, ImportMode mode, java.util.function.LongFunction<LongConsumer> progress,
            long started) {
        schema.apply();
        ParsedBundle parsed = new BundleReader(bundle, mode == ImportMode.ADD).read();
        Map<String, String> labels = bundleLabels(parsed);
        ImportReport report = transaction.execute(status -> {
            // into an empty graph every row is new: nothing to look up before writing it
            boolean empty = neo4j.query(cypher.get("import/count")).fetchAs(Long.class).one().orElse(0L) == 0;
            checkAgainstGraph(parsed, labels, mode, empty);
            // what the graph holds and the bundle does not: removed first when syncing (a node whose label the
            // bundle changes is removed and created again), else kept and reported
            Outside outside = mode == ImportMode.ADD || empty ? new Outside(List.of(), List.of()) : outside(parsed, labels);
            if (mode == ImportMode.SYNC) {
                for (List<Key> batch : batches(outside.relationships())) {
                    write("import/relationships.delete", batch.stream().map(k -> Map.<String, Object>of("type", k.type(),
                            "from", k.from(), "to", k.to())).toList(), "keys");
                }
                for (List<NodeRecord> batch : batches(outside.nodes())) {
                    write("import/nodes.delete", batch.stream().map(NodeRecord::id).toList(), "ids");
                }
            }
            LongConsumer advance = progress.apply(parsed.nodes().size() + parsed.relationships().size());
            int[] nodes = writeNodes(parsed.nodes(), advance, empty);
            int[] relationships = writeRelationships(parsed.relationships(), advance, empty);
            // which figure counts where is decided once, now that the data has changed, in the same transaction
            money.update();
            List<String> nodesOutside = outside.nodes().stream().map(n -> n.label() + " " + n.id()).toList();
            List<String> relationshipsOutside = outside.relationships().stream().map(Key::toString).toList();
            boolean removed = mode == ImportMode.SYNC;
            return new ImportReport(nodes[0], nodes[1], nodes[2], relationships[0], relationships[1],
                    relationships[2], (System.nanoTime() - started) / 1e9, removed ? nodesOutside : List.of(),
                    removed ? relationshipsOutside : List.of(), removed ? List.of() : nodesOutside,
                    removed ? List.of() : relationshipsOutside);
        });
        log.info("Import of {}: {}", bundle, report.summary());
        return report;
    }

    /** Whether what the graph holds was derived by this version ({@link MoneyModel#VERSION}). */
    public boolean derivedByThisVersion() {
        return money.isCurrent();
    }

    /**
     * Derives again, in batched transactions, what an earlier version derived otherwise: the search texts
     * ({@link SearchText}) and the money model (with the collaborations). Returns the search texts rewritten.
     */
    public int deriveAgain() {
        int rewritten = 0;
        String after = "";
        while (true) {
            String from = after;
            List<Map<String, Object>> page = transaction.execute(status -> new ArrayList<>(neo4j.query(
                    cypher.get("import/search.text")).bindAll(Map.of("after", from, "size", 5000)).fetch().all()));
            if (page.isEmpty()) {
                break;
            }
            List<Map<String, Object>> changed = new ArrayList<>();
            for (Map<String, Object> row : page) {
                String text = SearchText.of(row);
                if (!Objects.equals(text, row.get("searchText"))) {
                    Map<String, Object> write = new HashMap<>();
                    write.put("id", row.get("id"));
                    write.put("searchText", text);
                    changed.add(write);
                }
            }
            if (!changed.isEmpty()) {
                transaction.executeWithoutResult(status -> neo4j.query(cypher.get("import/write.search.text"))
                        .bindAll(Map.of("rows", changed)).run());
            }
            rewritten += changed.size();
            after = (String) page.get(page.size() - 1).get("id");
        }
        money.updateInBatches(transaction);
        return rewritten;
    }

    /** The label of every node of the bundle, by id. */
    private static Map<String, String> bundleLabels(ParsedBundle parsed) {
        Map<String, String> labels = new HashMap<>(2 * parsed.nodes().size());
        parsed.nodes().forEach(n -> labels.put(n.id(), n.label()));
        return labels;
    }

    /** What the graph holds and the bundle does not. */
    private record Outside(List<NodeRecord> nodes, List<Key> relationships) {
    }

    /**
     * The nodes of the graph that the bundle does not have (or has with another label), and the relationships of
     * the model's types that it does not have, each in id order.
     */
    private Outside outside(ParsedBundle parsed, Map<String, String> bundleLabels) {
        java.util.Set<Key> bundleKeys = new java.util.HashSet<>();
        parsed.relationships().forEach(r -> bundleKeys.add(r.key()));
        List<NodeRecord> nodes = new ArrayList<>();
        for (Map<String, Object> row : neo4j.query(cypher.get("import/graph.nodes")).fetch().all()) {
            String id = (String) row.get("id");
            String label = (String) row.get("label");
            if (!label.equals(bundleLabels.get(id))) {
                nodes.add(new NodeRecord(label, id, Map.of(), "graph", 0));
            }
        }
        List<Key> relationships = new ArrayList<>();
        for (Map<String, Object> row : neo4j.query(cypher.get("import/graph.relationships")).fetch().all()) {
            Key key = new Key((String) row.get("type"), (String) row.get("from"), (String) row.get("to"));
            if (DatasetSchema.RELATIONSHIPS.containsKey(key.type()) && !bundleKeys.contains(key)) {
                relationships.add(key);
            }
        }
        nodes.sort(java.util.Comparator.comparing(NodeRecord::id));
        relationships.sort(java.util.Comparator.comparing(Key::from).thenComparing(Key::type).thenComparing(Key::to));
        return new Outside(nodes, relationships);
    }

    /**
     * The checks only the database can answer: ids held by a node of another label (unless syncing, which replaces
     * such a node), and, for a bundle that adds to the graph, the nodes and sources it names outside itself; and
     * the {@code PART_OF} cycles the bundle would close with the database's relationships that the import keeps.
     */
    private void checkAgainstGraph(ParsedBundle parsed, Map<String, String> bundleLabels, ImportMode mode, boolean empty) {
        List<BundleProblem> problems = new ArrayList<>(parsed.problems());

        for (List<NodeRecord> batch : empty ? List.<List<NodeRecord>>of() : batches(parsed.nodes())) {
            for (Map<String, Object> existing : existingNodes(batch.stream().map(NodeRecord::id).toList())) {
                String id = (String) existing.get("id");
                String label = (String) existing.get("label");
                String wanted = bundleLabels.get(id);
                if (!Objects.equals(label, wanted) && mode != ImportMode.SYNC) {
                    NodeRecord node = batch.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
                    problems.add(new BundleProblem(node.file(), node.line(), "id", "id \"" + id + "\" is a " + label
                            + " in the database, not a " + wanted));
                }
            }
        }

        List<String> outsideIds = java.util.stream.Stream.concat(
                        parsed.endsOutsideBundle().stream().flatMap(r -> java.util.stream.Stream.of(r.from(), r.to())),
                        parsed.relationships().stream().map(r -> r.properties().get("via")).filter(String.class::isInstance)
                                .map(String.class::cast))
                .filter(id -> !bundleLabels.containsKey(id)).distinct().toList();
        Map<String, String> graphLabels = new HashMap<>();
        Map<String, Object> graphValues = new HashMap<>();
        neo4j.query(cypher.get("import/ends.lookup")).bind(outsideIds).to("ids").fetch().all().forEach(row -> {
            graphLabels.put((String) row.get("id"), (String) row.get("label"));
            graphValues.put((String) row.get("id"), row.get("value"));
        });
        java.util.function.Function<String, String> labelOf = id -> bundleLabels.getOrDefault(id, graphLabels.get(id));
        Map<String, Object> bundleValues = new HashMap<>();
        parsed.nodes().forEach(n -> bundleValues.put(n.id(), DatasetSchema.levelOrKind(n.properties())));
        java.util.function.Function<String, Object> valueOf = id -> bundleLabels.containsKey(id) ? bundleValues.get(id) : graphValues.get(id);
        for (RelationshipRecord rel : parsed.endsOutsideBundle()) {
            String fromLabel = labelOf.apply(rel.from());
            String toLabel = labelOf.apply(rel.to());
            if (fromLabel == null || toLabel == null) {
                String missing = fromLabel == null ? rel.from() : rel.to();
                problems.add(new BundleProblem(rel.file(), rel.line(), fromLabel == null ? "from" : "to",
                        "no node with id " + ValueCodec.quoted(missing) + " in the bundle or the database"));
                continue;
            }
            problems.addAll(BundleReader.endProblems(rel, fromLabel, toLabel));
            String valueProblem = DatasetSchema.endValueProblem(rel.type(), fromLabel, rel.from(), valueOf.apply(rel.from()),
                    toLabel, rel.to(), valueOf.apply(rel.to()));
            if (valueProblem != null) {
                problems.add(new BundleProblem(rel.file(), rel.line(), null, valueProblem));
            }
        }
        for (RelationshipRecord rel : parsed.relationships()) {
            // a via of the bundle was checked by BundleReader; one outside it may only be the database's (--add)
            if (mode == ImportMode.ADD && rel.properties().get("via") instanceof String via
                    && !bundleLabels.containsKey(via) && !"Agency".equals(labelOf.apply(via))) {
                problems.add(new BundleProblem(rel.file(), rel.line(), "via", ValueCodec.quoted(via) + " is not the id of an Agency"));
            }
        }
        if (!parsed.citedOutside().isEmpty()) {
            java.util.Set<String> sources = new java.util.HashSet<>(neo4j.query(cypher.get("import/sources.existing"))
                    .bind(List.copyOf(parsed.citedOutside().keySet())).to("ids").fetchAs(String.class).all());
            parsed.citedOutside().forEach((document, rows) -> {
                if (!sources.contains(document)) {
                    rows.forEach(row -> problems.add(new BundleProblem(row.file(), row.line(), row.column(),
                            "document " + document + " is neither in Source.csv nor in the database")));
                }
            });
        }
        if (mode != ImportMode.SYNC && !empty) {
            problems.addAll(cyclesWithGraph(parsed));
        }
        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems);
        }
    }

    /** The PART_OF cycles the bundle's rows would close with the database's, which an import without --sync keeps. */
    private List<BundleProblem> cyclesWithGraph(ParsedBundle parsed) {
        List<PartOfCycles.Edge> edges = new ArrayList<>();
        java.util.Set<Key> bundleKeys = new java.util.HashSet<>();
        for (RelationshipRecord rel : parsed.relationships()) {
            if (rel.type().equals("PART_OF")) {
                edges.add(new PartOfCycles.Edge(rel.from(), rel.to(), rel));
                bundleKeys.add(rel.key());
            }
        }
        if (edges.isEmpty()) {
            return List.of();
        }
        for (Map<String, Object> row : neo4j.query(cypher.get("import/graph.part_of")).fetch().all()) {
            Key key = new Key("PART_OF", (String) row.get("from"), (String) row.get("to"));
            if (!bundleKeys.contains(key)) {
                edges.add(new PartOfCycles.Edge(key.from(), key.to(), null));
            }
        }
        return PartOfCycles.problems(edges, true);
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
        write(statement, rows, "rows");
    }

    private void write(String statement, List<?> rows, String parameter) {
        if (!rows.isEmpty()) {
            neo4j.query(cypher.get(statement)).bind(rows).to(parameter).run();
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
