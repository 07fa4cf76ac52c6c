package th.phakee.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.ExecutionPlanDescription;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import th.phakee.Application;
import th.phakee.EmbeddedOnly;
import th.phakee.read.GraphReads;
import th.phakee.read.ReadCompiler.CompiledRead;

/**
 * Issue 10, item 3: every canonical request of the benchmark ({@link Canonical}) compiles to statements that start
 * from an index and expand from their anchor. Each request runs on two generated graphs, one twice the other
 * ({@code generate}, bulk-imported); its compiled statements are run again with {@code PROFILE}. The test fails on
 * a scan of a whole label or of all nodes, on a cartesian product, and on database hits that grow with the graph
 * rather than with the answer: from the small graph to the large one, the hits may grow at most 1.5 times as
 * much as the answer's values do. A cartesian product of two single rows (two anchors found by id) is allowed, and
 * so is an operator that did not run (a branch of a CALL whose guard is off, e.g. a dashboard's scoped branch).
 */
@EmbeddedOnly
class StatementProfileTests {

    /** The fewest nodes a generated bundle of seed 1 can have is about 39,925 (docs/scale.md). */
    static final int SMALL = 40_000;
    static final int LARGE = 80_000;

    /** What a request cost on one graph: the operators of its plans, its database hits, its answer's values. */
    record Profile(List<String> operators, long dbHits, long values, String plans) {
    }

    static Map<String, Profile> small;
    static Map<String, Profile> large;
    /** The operators of a statement that does scan a whole label: what the check must see. */
    static List<String> aScan = new ArrayList<>();

    @BeforeAll
    static void profileOnTwoGraphs(@TempDir Path temp) {
        small = profile(temp.resolve("small"), SMALL);
        large = profile(temp.resolve("large"), LARGE);
    }

    @org.junit.jupiter.api.AfterAll
    static void report() {
        // what was measured, for the reader of the test's output
        small.forEach((request, before) -> System.out.printf(java.util.Locale.ROOT,
                "profile: %-60s db hits %,9d → %,9d   values %,7d → %,7d%n", request, before.dbHits(),
                large.get(request).dbHits(), before.values(), large.get(request).values()));
    }


    @Test
    void noStatementScansAWholeLabelOrMakesACartesianProduct() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Profile> graph : List.of(small, large)) {
            graph.forEach((request, profile) -> profile.operators().stream()
                    .filter(op -> op.startsWith("AllNodesScan") || op.startsWith("NodeByLabelScan")
                            || op.startsWith("DirectedAllRelationshipsScan") || op.startsWith("UndirectedAllRelationshipsScan")
                            || op.contains("RelationshipTypeScan") || op.startsWith("CartesianProduct") && !op.contains("rows<=1"))
                    .filter(op -> !op.contains("(did not run)"))
                    .forEach(op -> problems.add(request + ": " + op + "\n" + profile.plans())));
        }
        assertThat(problems).isEmpty();
        // the check sees a scan where there is one
        assertThat(aScan).anyMatch(op -> op.startsWith("NodeByLabelScan") || op.startsWith("AllNodesScan"));
    }

    @Test
    void databaseHitsGrowWithTheAnswerNotWithTheGraph() {
        List<String> problems = new ArrayList<>();
        small.forEach((request, before) -> {
            Profile after = large.get(request);
            double answerGrowth = Math.max(1.0, (double) after.values() / Math.max(1, before.values()));
            double hitsGrowth = (double) after.dbHits() / Math.max(1, before.dbHits());
            if (hitsGrowth > 1.5 * answerGrowth) {
                problems.add(String.format(java.util.Locale.ROOT, "%s: db hits %,d → %,d (×%.2f) while the answer's values "
                        + "%,d → %,d (×%.2f)%n%s", request, before.dbHits(), after.dbHits(), hitsGrowth, before.values(),
                        after.values(), answerGrowth, after.plans()));
            }
        });
        assertThat(problems).isEmpty();
        // the measure can fail: the requests read data that the larger graph has more of
        assertThat(large.values().stream().mapToLong(Profile::dbHits).sum())
                .isGreaterThan(small.values().stream().mapToLong(Profile::dbHits).sum());
    }

    /** Generates and bulk-imports a graph of {@code nodes} nodes, starts the service on it and profiles each request. */
    static Map<String, Profile> profile(Path dir, int nodes) {
        Path bundle = dir.resolve("bundle");
        Path database = dir.resolve("db");
        command(List.of("generate", "--nodes", String.valueOf(nodes), "--seed", "1", bundle.toString()), database);
        command(List.of("import", bundle.toString()), database);
        Map<String, Profile> profiles = new LinkedHashMap<>();
        // as arguments: they override application.properties, as a user's would
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--phakee.embedded.data-dir=" + database, "--server.port=0", "--phakee.dataset.load-on-start=false",
                        "--logging.level.root=WARN")) {
            Canonical.Ids ids = BenchmarkCommand.pick(app.getBean(Driver.class));
            ExecutionGraphQlService graphQl = app.getBean(ExecutionGraphQlService.class);
            GraphReads reads = app.getBean(GraphReads.class);
            GraphDatabaseService db = app.getBean(DatabaseManagementService.class).database("neo4j");
            for (Canonical request : Canonical.all(ids)) {
                List<CompiledRead> compiled = new ArrayList<>();
                Consumer<CompiledRead> listener = compiled::add;
                reads.listen(listener);
                Object data;
                try {
                    var response = graphQl.execute(new DefaultExecutionGraphQlRequest(request.phakee(), null,
                            request.variables(), null, "profile", null)).block();
                    assertThat(response.getErrors()).as(request.name()).isEmpty();
                    data = response.getData();
                }
                finally {
                    reads.stopListening(listener);
                }
                assertThat(compiled).as(request.name()).isNotEmpty();
                List<String> operators = new ArrayList<>();
                long hits = 0;
                StringBuilder plans = new StringBuilder();
                for (CompiledRead read : compiled) {
                    try (Transaction tx = db.beginTx()) {
                        Result result = tx.execute("PROFILE " + read.statement(), read.parameters());
                        result.accept(row -> true);
                        ExecutionPlanDescription plan = result.getExecutionPlanDescription();
                        hits += walk(plan, operators);
                        plans.append(plan).append('\n');
                    }
                }
                profiles.put(request.name(), new Profile(operators, hits, values(data), plans.toString()));
            }
            try (Transaction tx = db.beginTx()) {
                Result result = tx.execute("PROFILE MATCH (figure:Budget) WHERE figure.amountBaht > $min RETURN count(*)",
                        Map.of("min", 0));
                result.accept(row -> true);
                walk(result.getExecutionPlanDescription(), aScan);
            }
        }
        return profiles;
    }

    /** Adds each operator of the plan with its details (what it scans) and returns the plan's database hits. */
    private static long walk(ExecutionPlanDescription plan, List<String> operators) {
        Object details = plan.getArguments().get("Details");
        // a cartesian product of two single rows (two anchors looked up by id) reads nothing more than they do
        String rows = plan.getName().startsWith("CartesianProduct") && plan.getChildren().stream()
                .allMatch(child -> child.hasProfilerStatistics() && child.getProfilerStatistics().getRows() <= 1)
                ? " rows<=1" : "";
        long hits = plan.hasProfilerStatistics() ? plan.getProfilerStatistics().getDbHits() : 0;
        // an operator that never ran (the branch of a CALL that its guard turned off) cost nothing
        boolean ran = !plan.hasProfilerStatistics() || hits > 0 || plan.getProfilerStatistics().getRows() > 0;
        operators.add(plan.getName() + rows + (ran ? "" : " (did not run)") + (details == null ? "" : " " + details));
        for (ExecutionPlanDescription child : plan.getChildren()) {
            hits += walk(child, operators);
        }
        return hits;
    }

    /** The number of scalar values in an answer. */
    private static long values(Object data) {
        if (data instanceof Map<?, ?> map) {
            return map.values().stream().mapToLong(StatementProfileTests::values).sum();
        }
        if (data instanceof List<?> list) {
            return list.stream().mapToLong(StatementProfileTests::values).sum();
        }
        return data == null ? 0 : 1;
    }

    private static void command(List<String> args, Path database) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Application.runCommand(args, List.of("--phakee.embedded.data-dir=" + database),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(args + ": " + out + err).isZero();
    }
}
