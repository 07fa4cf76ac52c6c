package th.phakee.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

import th.phakee.graph.GraphSchemaInitializer;
import th.phakee.importer.BundleReader.ParsedBundle;
import th.phakee.importer.GraphRecords.NodeRecord;
import th.phakee.importer.GraphRecords.RelationshipRecord;
import th.phakee.money.MoneyGraph;
import th.phakee.money.MoneyModel;

/**
 * Writes a validated bundle straight into the store files of the embedded database with Neo4j's own bulk importer
 * (the engine of {@code neo4j-admin database import full}), before the database starts: an empty database only,
 * tens of times faster than batched statements. It writes exactly what the transactional path writes: every node
 * with its model label and {@code Entity}, the same typed properties, derived ones included ({@code sortKey},
 * {@code aliasText}, {@code valueExact}: {@link BundleReader} computes them for both paths), and the relationships
 * with theirs. The schema (constraints and indexes) is applied once the database has started, as on every start.
 */
public final class BulkImporter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulkImporter.class);

    /** Rows handed to the importer's threads at a time. */
    private static final int CHUNK = 4_096;

    private final Path home;
    private final Config config;
    private final DatabaseLayout layout;

    /** The bulk importer of the embedded database whose home ({@code phakee.embedded.data-dir}) is {@code home}. */
    public BulkImporter(Path home) {
        this.home = home.toAbsolutePath().normalize();
        // the embedded database's own layout: EmbeddedNeo4jConfiguration gives the same home and no other location
        this.config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, this.home).build();
        this.layout = Neo4jLayout.of(config).databaseLayout(config.get(GraphDatabaseSettings.initial_default_database));
    }

    /** Whether the database has no store yet: the only state in which a bulk import may write it. */
    public boolean storeAbsent() {
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            return StorageEngineFactory.selectStorageEngine(fs, layout).isEmpty();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a bulk import did and how long each phase took, in seconds. */
    public record Result(ImportReport report, double readSeconds, double writeSeconds, double startSeconds,
            double schemaSeconds, double deriveSeconds, double cpuSeconds) {

        /**
         * Nodes and relationships per second, over reading, deriving, writing and the schema (not the database's
         * start).
         */
        public double rate() {
            return (report.nodesCreated() + report.relationshipsCreated()) / report.seconds();
        }
    }

    /**
     * Reads and validates the bundle against an empty graph (throws {@link InvalidBundleException}, nothing
     * written, if it has problems), derives what the money model derives from it ({@link MoneyModel#derive}: the
     * same rules as after any change, over the bundle in memory instead of the graph read back), writes both as the
     * store, then starts the database ({@code startDatabase} gives the schema initializer, whose creation starts it)
     * and applies the schema as every start does: constraints first, then the indexes, then the wait for all of
     * them. (Creating the indexes first, so that the full-text index would populate while the constraints are
     * created, cost more CPU and no less time on 2 cores.)
     */
    public Result importBundle(Bundle bundle, Supplier<GraphSchemaInitializer> startDatabase) {
        long started = System.nanoTime();
        long cpuStarted = processCpu();
        long[] times = new long[2];
        int[] counts = readDeriveAndWrite(bundle, times);
        long read = times[0];
        long derived = times[1];
        long written = System.nanoTime();
        long cpuWritten = processCpu();
        GraphSchemaInitializer schema = startDatabase.get();
        long running = System.nanoTime();
        long cpuRunning = processCpu();
        schema.apply();
        long done = System.nanoTime();
        double cpu = ((cpuWritten - cpuStarted) + (processCpu() - cpuRunning)) / 1e9;
        double seconds = ((written - started) + (done - running)) / 1e9;
        ImportReport report = new ImportReport(counts[0], 0, 0, counts[1], 0, 0, seconds);
        return new Result(report, (read - started) / 1e9, (written - derived) / 1e9, (running - written) / 1e9,
                (done - running) / 1e9, (derived - read) / 1e9, cpu);
    }

    /**
     * Reads, checks, derives and writes {@code bundle} as the new store, without starting the database (the schema is
     * applied when it starts, as on every start). Returns the numbers of nodes and relationships written.
     */
    public int[] writeStore(Bundle bundle) {
        return readDeriveAndWrite(bundle, new long[2]);
    }

    /**
     * Reads, checks, derives and writes the bundle; returns its numbers of nodes and relationships and sets
     * {@code times[0]} to when the reading and checking were done, {@code times[1]} to when the derivation was. The
     * records are garbage once written: the database that starts next, and its index population, get the heap they
     * held.
     */
    private int[] readDeriveAndWrite(Bundle bundle, long[] times) {
        ParsedBundle parsed = new BundleReader(bundle).read();
        List<BundleProblem> problems = problemsInEmptyGraph(parsed);
        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems);
        }
        times[0] = System.nanoTime();
        MoneyGraph graph = moneyGraph(parsed);
        log.debug("The bundle as the money model reads it: {} ms", (System.nanoTime() - times[0]) / 1_000_000);
        MoneyModel.Derivation derived = MoneyModel.derive(graph, List.of(), List.of());
        times[1] = System.nanoTime();
        write(parsed, derived);
        return new int[] { parsed.nodes().size(), parsed.relationships().size() };
    }

    /** The bundle as the money model reads a graph. */
    private static MoneyGraph moneyGraph(ParsedBundle parsed) {
        Map<String, Object> sortKeys = new HashMap<>(2 * parsed.nodes().size());
        List<MoneyGraph.Node> nodes = new ArrayList<>();
        for (NodeRecord node : parsed.nodes()) {
            sortKeys.put(node.id(), node.properties().get("sortKey"));
            if (MoneyGraph.LABELS.contains(node.label())) {
                nodes.add(new MoneyGraph.Node(node.label(), node.id(), node.properties()));
            }
        }
        List<MoneyGraph.Link> links = new ArrayList<>();
        for (RelationshipRecord rel : parsed.relationships()) {
            if (MoneyGraph.TYPES.contains(rel.type())) {
                links.add(new MoneyGraph.Link(rel.type(), rel.from(), rel.to(), (String) rel.properties().get("via"),
                        (String) sortKeys.get(rel.to())));
            }
        }
        return new MoneyGraph(nodes, links);
    }

    /** CPU time of the whole process so far, in nanoseconds (0 where the JVM does not tell). */
    static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** Every problem the importer finds in {@code bundle} when the graph is empty; none if it can be loaded. */
    public static List<BundleProblem> problemsInEmptyGraph(Bundle bundle) {
        return problemsInEmptyGraph(new BundleReader(bundle).read());
    }

    /** Read as a whole graph, a bundle's own problems are all it can have in an empty graph. */
    private static List<BundleProblem> problemsInEmptyGraph(ParsedBundle parsed) {
        return parsed.problems();
    }

    /**
     * Writes the bundle's nodes and relationships as a new store. {@code parsed} must be valid against an empty
     * graph ({@link #problemsInEmptyGraph}). If the importer fails, what it wrote is deleted, so the database
     * is left without a store, as it was.
     */
    void write(ParsedBundle parsed, MoneyModel.Derivation derived) {
        if (!storeAbsent()) {
            throw new IllegalStateException("The database in " + home + " already has a store; bulk import needs an empty one");
        }
        // nodes get the store's ids themselves (their place in the bundle), so the importer need not map text ids
        Map<String, Integer> storeIds = new HashMap<>(2 * parsed.nodes().size());
        for (NodeRecord node : parsed.nodes()) {
            storeIds.put(node.id(), storeIds.size());
        }
        // what the money model derives: values of the bundle's figures, plans, projects and agencies, and nodes of its own
        Map<String, Map<String, Object>> values = new HashMap<>();
        derived.figures().forEach(row -> values.put((String) row.get("id"), cast(row.get("props"))));
        derived.totals().forEach(row -> values.computeIfAbsent((String) row.get("id"), id -> new HashMap<>())
                .put("totalBaht", row.get("total")));
        List<KeptNode> kept = keptNodes(derived);
        List<NodeRecord> bundleNodes = parsed.nodes();
        List<Object> all = new java.util.AbstractList<>() {
            @Override
            public Object get(int index) {
                return index < bundleNodes.size() ? bundleNodes.get(index) : kept.get(index - bundleNodes.size());
            }

            @Override
            public int size() {
                return bundleNodes.size() + kept.size();
            }
        };
        InputIterable nodes = () -> new ChunkedIterator<>(all, (position, row, visitor) -> {
            if (row instanceof NodeRecord node) {
                visitNode(position, node, values.get(node.id()), visitor);
            }
            else {
                visitKept(position, (KeptNode) row, visitor);
            }
        });
        InputIterable relationships = () -> new ChunkedIterator<>(parsed.relationships(),
                (position, rel, visitor) -> visitRelationship(rel, storeIds, visitor));
        Input input = Input.input(nodes, relationships, IdType.ACTUAL, estimates(parsed), new Groups());
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler jobs = JobSchedulerFactory.createInitialisedScheduler()) {
            StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
            // -Dphakee.bulk.verbose=true prints the importer's stages and their times
            boolean verbose = Boolean.getBoolean("phakee.bulk.verbose");
            BatchImporter importer = engine.batchImporter(layout, fs, PageCacheTracer.NULL, Configuration.DEFAULT,
                    NullLogService.getInstance(), verbose ? System.out : new PrintStream(OutputStream.nullOutputStream()),
                    verbose, DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR, jobs, Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
            try {
                importer.doImport(input);
            }
            catch (IOException | RuntimeException e) {
                deleteStore(fs);
                throw e;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Bulk import into " + layout.databaseDirectory() + " failed", e);
        }
        catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private void deleteStore(FileSystemAbstraction fs) throws IOException {
        fs.deleteRecursively(layout.databaseDirectory());
        fs.deleteRecursively(layout.getTransactionLogsDirectory());
    }

    private static void visitNode(int position, NodeRecord node, Map<String, Object> derived, InputEntityVisitor visitor)
            throws IOException {
        visitor.id(position);
        visitor.labels(new String[] { "Entity", node.label() });
        visitor.property("id", node.id());
        properties(node.properties(), visitor);
        if (derived != null) {
            properties(derived, visitor);
        }
        visitor.endOfEntity();
    }

    /** A node the money model keeps beside the entities (a tally, a collaboration, its lock): no id, no Entity. */
    private record KeptNode(String label, Map<String, Object> properties) {
    }

    /** The nodes {@code money/write.tallies}, {@code write.collaborations} and {@code stamp} would make. */
    private static List<KeptNode> keptNodes(MoneyModel.Derivation derived) {
        List<KeptNode> kept = new ArrayList<>();
        derived.tallies().written().forEach(row -> kept.add(new KeptNode("Tally", row)));
        derived.collaborations().written().forEach(row -> kept.add(new KeptNode("Collaboration", row)));
        kept.add(new KeptNode("ModelLock", Map.of("name", "money", "version", MoneyModel.VERSION)));
        return kept;
    }

    private static void visitKept(int position, KeptNode node, InputEntityVisitor visitor) throws IOException {
        visitor.id(position);
        visitor.labels(new String[] { node.label() });
        properties(node.properties(), visitor);
        visitor.endOfEntity();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    private static void visitRelationship(RelationshipRecord rel, Map<String, Integer> storeIds, InputEntityVisitor visitor)
            throws IOException {
        visitor.startId(storeIds.get(rel.from()));
        visitor.endId(storeIds.get(rel.to()));
        visitor.type(rel.type());
        properties(rel.properties(), visitor);
        visitor.endOfEntity();
    }

    /**
     * The values as the transactional path stores them: an absent (null) value is no property, a list is a string
     * array (the driver stores a list of strings so), numbers, booleans and text as they are.
     */
    private static void properties(Map<String, Object> properties, InputEntityVisitor visitor) {
        properties.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                visitor.property(key, list.stream().map(String::valueOf).toArray(String[]::new));
            }
            else if (value != null) {
                visitor.property(key, value);
            }
        });
    }

    /**
     * What the importer plans its memory by. Rough figures from the counts do: a node of the model has about eight
     * properties of about 40 bytes (Thai names, sort keys, citations), a relationship one or two.
     */
    private static Input.Estimates estimates(ParsedBundle parsed) {
        long nodes = parsed.nodes().size();
        long relationships = parsed.relationships().size();
        return Input.knownEstimates(nodes, relationships, 8 * nodes, 2 * relationships, 320 * nodes, 40 * relationships,
                2 * nodes);
    }

    /** Hands out a list in chunks to the importer's threads; each chunk visits its rows one by one. */
    private static final class ChunkedIterator<T> implements InputIterator {

        private final List<T> rows;
        private final RowVisit<T> visit;
        private int next;

        ChunkedIterator(List<T> rows, RowVisit<T> visit) {
            this.rows = rows;
            this.visit = visit;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            if (next >= rows.size()) {
                return false;
            }
            Chunk range = (Chunk) chunk;
            range.position = next;
            range.end = Math.min(rows.size(), next + CHUNK);
            next = range.end;
            return true;
        }

        @Override
        public void close() {
        }

        private final class Chunk implements InputChunk {
            int position;
            int end;

            @Override
            public boolean next(InputEntityVisitor visitor) throws IOException {
                if (position >= end) {
                    return false;
                }
                visit.accept(position, rows.get(position), visitor);
                position++;
                return true;
            }

            @Override
            public void close() {
            }
        }
    }

    /** Tells the importer about one row. */
    @FunctionalInterface
    private interface RowVisit<T> {
        void accept(int position, T row, InputEntityVisitor visitor) throws IOException;
    }
}
