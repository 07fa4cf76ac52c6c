package th.phakee.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import th.phakee.Application;

/**
 * The service over a real Neo4j server that is killed with SIGKILL in the middle of a stream of reads and
 * mutations, then started again (issue 12, item 7). The service is one process and stays up throughout; the
 * server is the Community server of {@code .ci/neo4j-server}, started by this test on a free loopback port with a
 * password of its own and the small test bundle.
 * <p>
 * Asserted: while the server is down every request is answered, each failed field with the UNAVAILABLE
 * classification and a plain message, within 2 s (the requirement; a dead server refuses connections at
 * once, and the service retries twice within about 0.2 s ({@code graph.TransactionRetry}), so the bound leaves
 * more than 1.5 s for a loaded machine); {@code /actuator/health} says DOWN; the service answers again
 * once the server is back, without a restart; every mutation that was acknowledged is in the graph afterwards, and
 * no budget is half-written (its node without its FUNDS and FROM links), acknowledged or not. No stack trace is
 * logged during the fault. The figures are printed for {@code docs/reliability.md}.
 * <p>
 * Runs only where the server has been built: {@code PHAKEE_TEST_NEO4J_SERVER} names the script
 * ({@code .ci/run} sets it after {@code .ci/neo4j-server/neo4j-server build}).
 */
@EnabledIfEnvironmentVariable(named = "PHAKEE_TEST_NEO4J_SERVER", matches = ".+",
        disabledReason = "needs the Neo4j server of .ci/neo4j-server (PHAKEE_TEST_NEO4J_SERVER=.ci/neo4j-server/neo4j-server)")
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFaultTests {

    /** The requirement for an UNAVAILABLE answer. */
    static final Duration UNAVAILABLE_WITHIN = Duration.ofSeconds(2);
    /** Guards against a test that never ends; not asserted figures. */
    static final Duration PHASE_DEADLINE = Duration.ofSeconds(90);
    static final int CLIENTS = 4;

    static final String EDITOR_KEY = "editor-secret";
    // sha256("editor-secret"), as in CurationTests
    static final String EDITOR_SHA256 = "2ab2be1f6eca11ec9aeb4cda517586091446724556c17637fadb27d0cee08173";
    static final String PLAIN_MESSAGE = "The database is unavailable at the moment; try again shortly.";

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path script = Path.of(System.getenv("PHAKEE_TEST_NEO4J_SERVER")).toAbsolutePath();
    final Path home = Path.of("target/neo4j-fault-" + UUID.randomUUID()).toAbsolutePath();
    final String password = UUID.randomUUID().toString();

    /** One request of the stream and how it was answered. */
    record Outcome(String kind, String id, long startNanos, long endNanos, int status, List<String> classifications,
            List<String> messages) {

        boolean ok() {
            return status == 200 && classifications.isEmpty();
        }

        Duration duration() {
            return Duration.ofNanos(endNanos - startNanos);
        }

        boolean overlaps(long from, long to) {
            return startNanos <= to && endNanos >= from;
        }
    }

    @Test
    void killingTheServerGivesFastUnavailableAnswersHealthDownAndRecoveryWithEveryAcknowledgedWrite(CapturedOutput output)
            throws Exception {
        int boltPort = freePort();
        server("start", home.toString(), String.valueOf(boltPort), password);
        ConfigurableApplicationContext app = null;
        try {
            app = new SpringApplicationBuilder(Application.class).run(
                    "--server.port=0",
                    "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
                    "--spring.neo4j.authentication.username=neo4j",
                    "--spring.neo4j.authentication.password=" + password,
                    "--phakee.dataset.location=classpath:bundles/small/",
                    "--phakee.access.keys[0].name=editor", "--phakee.access.keys[0].role=EDITOR",
                    "--phakee.access.keys[0].sha256=" + EDITOR_SHA256);
            URI base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
            run(base, boltPort, output);
        }
        finally {
            if (app != null) {
                app.close();
            }
            server("stop", home.toString());
        }
    }

    private void run(URI base, int boltPort, CapturedOutput output) throws Exception {
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    outcomes.add(request(base, sequence.incrementAndGet()));
                    sleep(20);
                }
            }, "fault-client-" + c);
            client.start();
            clients.add(client);
        }

        // 1. healthy: the stream runs until 30 mutations are acknowledged
        await("30 acknowledged mutations before the fault",
                () -> outcomes.stream().filter(o -> o.ok() && !o.kind().equals("read")).count() >= 30);
        assertThat(health(base).statusCode()).isEqualTo(200);

        // 2. kill -9 of the server; the stream goes on
        long killed = System.nanoTime();
        server("kill", home.toString());
        sleep(1500);
        long healthAsked = System.nanoTime();
        HttpResponse<String> down = health(base);
        Duration healthTook = Duration.ofNanos(System.nanoTime() - healthAsked);
        sleep(1500);

        // 3. the server comes back on the same port and data; the service is not restarted
        long restarting = System.nanoTime();
        server("start", home.toString(), String.valueOf(boltPort), password);
        long started = System.nanoTime();
        await("a request answered without error after the server is back",
                () -> outcomes.stream().anyMatch(o -> o.ok() && o.startNanos() > started));
        long recovered = outcomes.stream().filter(o -> o.ok() && o.startNanos() > started)
                .mapToLong(Outcome::endNanos).min().orElseThrow();
        await("12 requests after the first success on the restarted server",
                () -> outcomes.stream().filter(o -> o.startNanos() > recovered).count() >= 12);
        stop.set(true);
        for (Thread client : clients) {
            client.join();
        }
        await("health UP again", () -> health(base).statusCode() == 200);

        // 4. what the graph holds afterwards, read with a driver of its own
        Set<String> plans = new HashSet<>();
        Map<String, Map<String, Object>> budgets = new java.util.HashMap<>();
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password))) {
            driver.executableQuery("MATCH (p:Plan) WHERE p.id STARTS WITH 'FAULT-P-' RETURN p.id AS id").execute()
                    .records().forEach(r -> plans.add(r.get("id").asString()));
            driver.executableQuery("""
                    MATCH (b:Budget) WHERE b.id STARTS WITH 'FAULT-B-'
                    RETURN b.id AS id, b.amountBaht AS amount,
                           COUNT { (b)-[:FUNDS]->(:Plan {id: 'CODI-AP2567'}) } AS funds,
                           COUNT { (b)-[:FROM]->(:Agency {id: 'AG-CODI'}) } AS payer""").execute()
                    .records().forEach(r -> budgets.put(r.get("id").asString(), r.asMap()));
        }

        List<Outcome> all = new ArrayList<>(outcomes);
        List<Outcome> failed = all.stream().filter(o -> !o.ok()).toList();
        List<Outcome> duringOutage = all.stream().filter(o -> o.overlaps(killed, started)).toList();
        // the time a request spent while the server was down: a request that was retried once the server was back
        // may then wait for its first queries on a cold server, which is not waiting on a dead one
        java.util.function.Function<Outcome, Duration> waitedOnDeadServer =
                o -> Duration.ofNanos(Math.min(o.endNanos(), started) - Math.max(o.startNanos(), killed));
        Set<String> acknowledgedPlans = acknowledged(all, "createPlan");
        Set<String> acknowledgedBudgets = acknowledged(all, "createBudget");
        Duration slowestFailure = failed.stream().map(Outcome::duration).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        Duration slowestDuringOutage = duringOutage.stream().map(waitedOnDeadServer).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        Duration slowestAfterRestart = all.stream().filter(o -> o.ok() && o.endNanos() > started).map(Outcome::duration)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        long firstUnavailable = failed.stream().mapToLong(Outcome::endNanos).min().orElse(killed);
        Duration slowestFailureBeforeRestart = failed.stream().filter(o -> o.endNanos() < restarting).map(Outcome::duration)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);

        System.out.printf("""
                Fault run: %d requests from %d clients (%d reads, %d mutations); %d answered without error, %d failed.
                  kill -9 -> first UNAVAILABLE answer: %d ms; failed answers took median %d ms, at most %d ms
                  (at most %d ms before the restart began, while no server JVM was starting on the machine);
                  longest wait of a request on the dead server: %d ms; health during the outage: %d %s in %d ms.
                  server restart: %.1f s; server started -> first request answered without error: %d ms;
                  slowest successful request on the restarted server (first queries on a cold JVM): %d ms.
                  after recovery: %d requests, %d answered without error.
                  acknowledged: %d plans, %d budgets, all present: %s; budgets in the graph: %d, half-written: %d;
                  committed though the client got an error (commit reply lost): %d plans, %d budgets.
                """,
                all.size(), CLIENTS, all.stream().filter(o -> o.kind().equals("read")).count(),
                all.stream().filter(o -> !o.kind().equals("read")).count(), all.size() - failed.size(), failed.size(),
                Duration.ofNanos(firstUnavailable - killed).toMillis(), median(failed).toMillis(), slowestFailure.toMillis(),
                slowestFailureBeforeRestart.toMillis(),
                slowestDuringOutage.toMillis(), down.statusCode(), statusOf(down.body()), healthTook.toMillis(),
                (started - restarting) / 1e9, Duration.ofNanos(recovered - started).toMillis(), slowestAfterRestart.toMillis(),
                all.stream().filter(o -> o.startNanos() > recovered).count(),
                all.stream().filter(o -> o.startNanos() > recovered && o.ok()).count(),
                acknowledgedPlans.size(), acknowledgedBudgets.size(),
                plans.containsAll(acknowledgedPlans) && budgets.keySet().containsAll(acknowledgedBudgets),
                budgets.size(), budgets.values().stream().filter(b -> !whole(b)).count(),
                plans.stream().filter(id -> !acknowledgedPlans.contains(id)).count(),
                budgets.keySet().stream().filter(id -> !acknowledgedBudgets.contains(id)).count());

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(failed).as("requests that failed while the server was down").isNotEmpty();
        soft.assertThat(failed).as("every failure is an HTTP 200 answer whose errors are all UNAVAILABLE, in plain words")
                .allSatisfy(o -> {
                    assertThat(o.status()).isEqualTo(200);
                    assertThat(o.classifications()).isNotEmpty().containsOnly("UNAVAILABLE");
                    assertThat(o.messages()).containsOnly(PLAIN_MESSAGE);
                });
        soft.assertThat(failed).as("every UNAVAILABLE answer within " + UNAVAILABLE_WITHIN)
                .allSatisfy(o -> assertThat(o.duration()).isLessThanOrEqualTo(UNAVAILABLE_WITHIN));
        soft.assertThat(duringOutage).as("no request waits more than " + UNAVAILABLE_WITHIN + " on the dead server")
                .allSatisfy(o -> assertThat(waitedOnDeadServer.apply(o)).isLessThanOrEqualTo(UNAVAILABLE_WITHIN));
        soft.assertThat(all).as("requests that started and ended while the server was down cannot succeed")
                .filteredOn(o -> o.startNanos() > killed && o.endNanos() < restarting).noneMatch(Outcome::ok);
        soft.assertThat(all).as("requests after the first success on the restarted server: the service has recovered")
                .filteredOn(o -> o.startNanos() > recovered).isNotEmpty().allMatch(Outcome::ok);
        soft.assertThat(down.statusCode()).as("health while the server is down").isEqualTo(503);
        soft.assertThat(statusOf(down.body())).isEqualTo("DOWN");
        soft.assertThat(plans).as("every acknowledged createPlan is in the graph").containsAll(acknowledgedPlans);
        soft.assertThat(budgets.keySet()).as("every acknowledged createBudget is in the graph").containsAll(acknowledgedBudgets);
        soft.assertThat(budgets.values()).as("no budget without its FUNDS and FROM links")
                .allSatisfy(b -> assertThat(whole(b)).as(b.toString()).isTrue());
        String log = output.getAll().substring(output.getAll().indexOf("killed with SIGKILL"));
        soft.assertThat(log).as("the log says what happened").contains("the database cannot be reached");
        soft.assertThat(log.lines().filter(line -> line.startsWith("\tat ")).count()).as("stack trace lines logged during the fault")
                .isZero();
        soft.assertAll();
    }

    /** The stream: a read, a plan, a budget that funds a plan and has a payer (three writes in one transaction). */
    private Outcome request(URI base, int n) {
        String kind = switch (n % 3) {
            case 0 -> "read";
            case 1 -> "createPlan";
            default -> "createBudget";
        };
        String id = switch (kind) {
            case "createPlan" -> "FAULT-P-" + n;
            case "createBudget" -> "FAULT-B-" + n;
            default -> null;
        };
        String document = switch (kind) {
            case "read" -> "{ plan(id: \"CODI-AP2567\") { id nameTh budgets { id amount { baht } } } }";
            case "createPlan" -> "mutation { createPlan(input: {id: \"" + id + "\", nameTh: \"แผนทดสอบ\", level: PROGRAMME,"
                    + " src: [\"003:51\"]}) { id } }";
            default -> "mutation { createBudget(input: {id: \"" + id + "\", amountBaht: " + n + ", fiscalYear: 2567,"
                    + " source: STATE, status: REQUESTED, funds: \"CODI-AP2567\", payer: \"AG-CODI\", src: [\"003:64\"]}) { id } }";
        };
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/graphql"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("X-API-Key", EDITOR_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            List<String> classifications = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            if (response.statusCode() == 200) {
                for (JsonNode error : json.readTree(response.body()).path("errors")) {
                    classifications.add(error.path("extensions").path("classification").asText());
                    messages.add(error.path("message").asText());
                }
            }
            return new Outcome(kind, id, start, end, response.statusCode(), classifications, messages);
        }
        catch (IOException | InterruptedException e) {
            return new Outcome(kind, id, start, System.nanoTime(), -1, List.of("NO ANSWER"), List.of(e.toString()));
        }
    }

    private static Set<String> acknowledged(List<Outcome> outcomes, String kind) {
        return outcomes.stream().filter(o -> o.kind().equals(kind) && o.ok()).map(Outcome::id).collect(Collectors.toSet());
    }

    private static boolean whole(Map<String, Object> budget) {
        return ((Number) budget.get("funds")).longValue() == 1 && ((Number) budget.get("payer")).longValue() == 1;
    }

    private static Duration median(List<Outcome> outcomes) {
        List<Duration> sorted = outcomes.stream().map(Outcome::duration).sorted().toList();
        return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() / 2);
    }

    private HttpResponse<String> health(URI base) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException("No answer from /actuator/health: " + e, e);
        }
    }

    private String statusOf(String healthBody) {
        try {
            return json.readTree(healthBody).path("status").asText();
        }
        catch (IOException e) {
            return "unreadable: " + healthBody;
        }
    }

    /** Runs the server script; fails the test with its output if it fails. */
    private void server(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("neo4j-server-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        String printed = Files.readString(log);
        Files.delete(log);
        System.out.print(printed);
        assertThat(status).as("neo4j-server " + String.join(" ", args).replace(password, "****") + ": " + printed).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PHASE_DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + PHASE_DEADLINE + " for " + what).isLessThan(deadline);
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
