package th.phakee.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import th.phakee.graph.CypherStatementCounter;
import th.phakee.importer.Bundle;
import th.phakee.importer.DatasetImporter;
import th.phakee.importer.ImportReport;

/**
 * {@code phakee benchmark}: loads the packaged dataset into an empty graph (timed, with the heap and the store it
 * takes), then runs each {@link Workload} small and large, counting Cypher statements and timing the median and
 * 90th percentile, and writes a Markdown report. Requests run in-process through the GraphQL engine, so the times
 * are the API's own work (parsing, data fetching, Cypher) without HTTP.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure the import and representative requests on the packaged dataset; write a report.")
public class BenchmarkCommand implements Callable<Integer> {

    static final List<Workload> WORKLOADS = List.of(
            new Workload("provinces with linkages, projects, money, councils, agencies, collaborators",
                    provinces("(region: \"TH-R6-WEST\")"), provinces("")),
            new Workload("plans with parent, children and links", plans(1), plans(100)),
            new Workload("indicators with figures, places and conflicts", indicators(1), indicators(400)),
            new Workload("projects by budget with budgets, agencies and places", projects(1), projects(100)),
            new Workload("search (Thai word inside names)", search(5), search(100)),
            new Workload("budget roll-up: a programme, then the whole FY2567 plan",
                    rollup("CODI-AP2567-P03"), rollup("CODI-AP2567")),
            new Workload("linkage around master plan 17, depth 1 and 4", linkage(1), linkage(4)),
            new Workload("dashboard summary: one province, then the country", summary("(province: \"TH-63\")"), summary("")));

    @Option(names = "--iterations", defaultValue = "20", description = "Timed runs of each request (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--report", defaultValue = "docs/benchmarks.md", description = "Where to write the report (default: ${DEFAULT-VALUE})")
    Path report;

    @Spec
    CommandSpec spec;

    private final Supplier<ApplicationContext> context;

    public BenchmarkCommand(Supplier<ApplicationContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (System.getProperty("phakee.embedded.data-dir") == null) {
            // a fresh database, so that the import is measured from empty; the command-line property wins if given
            System.setProperty("phakee.embedded.data-dir",
                    Path.of(System.getProperty("java.io.tmpdir"), "phakee-benchmark-" + UUID.randomUUID()).toString());
        }
        long heapBefore = usedHeap();
        ApplicationContext app = context.get();
        Neo4jClient neo4j = app.getBean(Neo4jClient.class);
        DatasetImporter importer = app.getBean(DatasetImporter.class);
        String location = app.getEnvironment().getProperty("phakee.dataset.location");
        long nodesBefore = neo4j.query("MATCH (n:Entity) RETURN count(n) AS n").fetchAs(Long.class).one().orElse(0L);
        out.println("Importing " + location + " …");
        ImportReport first = importer.importBundle(Bundle.at(location));
        ImportReport again = importer.importBundle(Bundle.at(location));
        long heapLoaded = usedHeap();

        List<String> rows = new ArrayList<>();
        List<String> growing = new ArrayList<>();
        ExecutionGraphQlService graphQl = app.getBean(ExecutionGraphQlService.class);
        CypherStatementCounter statements = app.getBean(CypherStatementCounter.class);
        for (Workload workload : WORKLOADS) {
            out.println("Running: " + workload.name());
            Measurement[] both = measure(graphQl, statements, workload.small(), workload.large());
            Measurement small = both[0];
            Measurement large = both[1];
            if (large.statements > small.statements) {
                growing.add(workload.name());
            }
            rows.add(String.format(Locale.ROOT, "| %s | %d / %d | %d / %d | %.1f / %.1f | %.1f / %.1f | %.1f× | %.1f× |",
                    workload.name(), small.items, large.items, small.statements, large.statements, small.median, large.median,
                    small.p90, large.p90, (double) large.items / Math.max(1, small.items), large.median / small.median));
        }
        String text = report(app.getEnvironment(), nodesBefore, first, again, heapBefore, heapLoaded, rows, growing);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
        out.println(text);
        out.println("Report written to " + report);
        return 0;
    }

    record Measurement(int items, long statements, double median, double p90) {
    }

    /**
     * Five warm-up runs of each, then {@code iterations} timed runs alternating the two requests, so that both see
     * the same machine load; statements are those of one run (they do not vary).
     */
    private Measurement[] measure(ExecutionGraphQlService graphQl, CypherStatementCounter statements, String... documents) {
        Measurement[] result = new Measurement[documents.length];
        Object[] data = new Object[documents.length];
        long[] perRequest = new long[documents.length];
        double[][] millis = new double[documents.length][iterations];
        for (int d = 0; d < documents.length; d++) {
            for (int i = 0; i < 5; i++) {
                run(graphQl, documents[d]);
            }
            long before = statements.count();
            data[d] = run(graphQl, documents[d]);
            perRequest[d] = statements.count() - before;
        }
        for (int i = 0; i < iterations; i++) {
            for (int d = 0; d < documents.length; d++) {
                long started = System.nanoTime();
                run(graphQl, documents[d]);
                millis[d][i] = (System.nanoTime() - started) / 1e6;
            }
        }
        for (int d = 0; d < documents.length; d++) {
            Arrays.sort(millis[d]);
            result[d] = new Measurement(entities(data[d]), perRequest[d], millis[d][iterations / 2],
                    millis[d][Math.min(iterations - 1, (int) Math.ceil(iterations * 0.9) - 1)]);
        }
        return result;
    }

    private static Object run(ExecutionGraphQlService graphQl, String document) {
        ExecutionGraphQlResponse response = graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, null,
                null, UUID.randomUUID().toString(), Locale.ROOT)).block();
        if (response == null || !response.getErrors().isEmpty()) {
            throw new IllegalStateException("The benchmark request failed: " + (response == null ? "no response" : response.getErrors()));
        }
        return response.getData();
    }

    /** How many entities an answer holds: the objects in it that carry an id or a key. */
    static int entities(Object value) {
        if (value instanceof Map<?, ?> map) {
            int own = map.containsKey("id") || map.containsKey("key") ? 1 : 0;
            return own + map.values().stream().mapToInt(BenchmarkCommand::entities).sum();
        }
        if (value instanceof List<?> list) {
            return list.stream().mapToInt(BenchmarkCommand::entities).sum();
        }
        return 0;
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String report(Environment env, long nodesBefore, ImportReport first, ImportReport again, long heapBefore,
            long heapLoaded, List<String> rows, List<String> growing) {
        String store = env.getProperty("phakee.embedded.data-dir");
        StringBuilder text = new StringBuilder();
        text.append("# Benchmarks\n\n");
        text.append("Written by `java -jar target/phakee.jar benchmark` (after `mvn -q package -DskipTests`); ")
                .append("see the README. Measured on ").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, embedded Neo4j page cache ")
                .append(env.getProperty("phakee.embedded.pagecache")).append(". Absolute times vary with the machine ")
                .append("and its load; compare the ratios, measured side by side in one run.\n\n");
        text.append("## Import of the packaged dataset\n\n");
        text.append("| | |\n|---|---|\n");
        text.append("| graph before | ").append(nodesBefore == 0 ? "empty" : nodesBefore + " nodes (not a clean import)").append(" |\n");
        text.append("| first import | ").append(first.summary()).append(" |\n");
        text.append("| same bundle again | ").append(again.summary()).append(" |\n");
        text.append(String.format(Locale.ROOT, "| re-import / import time | %.2f |%n", again.seconds() / first.seconds()));
        text.append(String.format(Locale.ROOT, "| heap in use after loading (after GC) | %d MiB (%d MiB before the application started) |%n",
                heapLoaded / (1024 * 1024), heapBefore / (1024 * 1024)));
        if (store != null && Files.isDirectory(Path.of(store))) {
            text.append(String.format(Locale.ROOT, "| database on disk | %d MiB |%n", size(Path.of(store)) / (1024 * 1024)));
        }
        text.append("\n## Requests: few items / many items\n\n");
        text.append("Items: entities in the answer (objects with an id). Statements: Cypher round trips of one request; ")
                .append("they must not grow with the items (no N+1). Times: milliseconds per request, in-process, after ")
                .append("5 warm-up runs, over ").append(iterations).append(" runs of each, the two alternating.\n\n");
        text.append("| request | items | statements | median ms | p90 ms | items ratio | time ratio |\n");
        text.append("|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append('\n').append(growing.isEmpty()
                ? "Every request costs the same number of statements for many items as for few: no N+1.\n"
                : "More statements for many items than for few (N+1 to fix): " + String.join("; ", growing) + ".\n");
        return text.toString();
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String provinces(String arguments) {
        return """
                { provinces%s { id budgetTotal { baht } councils { id } agencies { id collaborators { agency { id } } }
                    projects { id totalBudget { baht } budgets { amount { baht } payer { id } } }
                    linkages { communityStrategy { id } via { id } provincialStrategy { id } provincialPlan { id }
                               projects { id totalBudget { baht } } budget { baht } } } }""".formatted(arguments);
    }

    private static String plans(int first) {
        return """
                { plans(first: %d) { edges { node { id parent { id } children { id }
                    linksTo { role plan { id } sources { line } } } } } }""".formatted(first);
    }

    private static String indicators(int first) {
        return """
                { indicators(first: %d) { edges { node { id measures { id }
                    observations { value place { id } conflictsWith { id } } } } } }""".formatted(first);
    }

    private static String projects(int first) {
        return """
                { projects(first: %d, orderBy: [{field: BUDGET, direction: DESC}]) { edges { node { id totalBudget { baht }
                    budgets { id amount { baht } } responsibleAgencies { agency { id } } locations { place { id } } } } } }"""
                .formatted(first);
    }

    private static String search(int first) {
        return "{ search(text: \"ที่อยู่อาศัย\", first: %d) { score node { id } } }".formatted(first);
    }

    private static String rollup(String plan) {
        return "{ budgetRollup(plan: \"%s\") { total { baht } byChild { node { id } total { baht } } bySource { source total { baht } } } }"
                .formatted(plan);
    }

    private static String summary(String arguments) {
        return """
                { summary%s { planLevels { key count } budgetByYear { key total { baht } } budgetByAgency { key total { baht } }
                    mostConnectedAgencies { agency { id } degree } provincesWithLinkedCommunityPlans } }""".formatted(arguments);
    }

    private static String linkage(int depth) {
        return "{ linkage(from: \"MP-17\", direction: BOTH, maxDepth: %d) { nodes { id } edges { type from to } } }".formatted(depth);
    }
}
