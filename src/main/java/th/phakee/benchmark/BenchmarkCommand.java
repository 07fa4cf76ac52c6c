package th.phakee.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import th.phakee.start.LocalProcesses;

/**
 * {@code phakee benchmark}: the service as users run it (this jar, over HTTP) against the floor (each canonical
 * request as one hand-written Cypher statement through the driver) and against @neo4j/graphql on the same
 * database, side by side in one run, contenders alternated round by round, at the seeds' scale and at generated
 * scales; with the import rate, the cold start to the first answer, the memory, and a load run. The report gives
 * ratios: the machines are shared and noisy, absolute times are not comparable between runs.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure the service against the floor and @neo4j/graphql, at several scales; write a Markdown report.")
public class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--report", defaultValue = "target/benchmark/benchmarks.md", description = "Where to write the report (default: ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--scales", split = ",", defaultValue = "seed,100000,1000000",
            description = "seed (the shipped dataset) and/or node counts to generate (default: ${DEFAULT-VALUE})")
    List<String> scales;

    @Option(names = "--rounds", defaultValue = "30", description = "Timed rounds at one client (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--throughput-seconds", defaultValue = "3", description = "Length of each 8-client window (default: ${DEFAULT-VALUE})")
    int throughputSeconds;

    @Option(names = "--load-seconds", defaultValue = "60", description = "Length of the 100-client load run; 0 skips it (default: ${DEFAULT-VALUE})")
    int loadSeconds;

    @Option(names = "--work", defaultValue = "target/benchmark", description = "Where databases, bundles and logs go (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--peer", defaultValue = "src/benchmark/peer", description = "The @neo4j/graphql peer's sources (default: ${DEFAULT-VALUE})")
    Path peerSources;

    @Option(names = "--jvm", description = "JVM options of the service at every scale (default: each scale's of README "
            + "\"Memory and start\": the seeds -Xmx160m -XX:+UseSerialGC, up to 200,000 nodes -Xmx512m -XX:+UseSerialGC, "
            + "more -Xmx3g with the JVM's default collector)")
    String jvm;

    /**
     * The service's JVM options at {@code scale}: {@code given} (--jvm), else what README "Memory and start" says fits
     * that size. The serial collector suits small answers on two cores; at 10^6 nodes an answer can be megabytes, and
     * it spent half the time collecting them (docs/benchmarks.md, runs B and E).
     */
    static String jvmFor(String scale, String given) {
        if (given != null) {
            return given;
        }
        if (scale.equals("seed")) {
            return "-Xmx160m -XX:+UseSerialGC";
        }
        return Long.parseLong(scale) <= 200_000 ? "-Xmx512m -XX:+UseSerialGC" : "-Xmx3g";
    }

    @Option(names = "--fast-start", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also measure the cold start with a class-data archive (phakee fast-start; prepared once, about a minute)")
    boolean fastStart;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated graphs (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--requests", split = ",",
            description = "Only the canonical requests whose name contains one of these words (default: all)")
    List<String> only;

    @Spec
    CommandSpec spec;

    public BenchmarkCommand() {
    }

    /** Picocli's factory passes the application context supplier; this command needs none (it starts processes). */
    /** The service laid out with its class-data archive ({@code --fast-start}), or null. */
    private Path fastStartDir;

    public BenchmarkCommand(java.util.function.Supplier<?> context) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path jar = jar();
        Files.createDirectories(work);
        Path peer = Processes.preparePeer(peerSources, work.resolve("peer"), work.resolve("peer-npm.log"));
        if (fastStart) {
            out.println("preparing the fast start (class-data archive) …");
            fastStartDir = work.resolve("fast-start").toAbsolutePath();
            th.phakee.start.FastStart.prepare(jar, fastStartDir, work.resolve("fast-start.log"));
        }
        List<ScaleResult> results = new ArrayList<>();
        for (String scale : scales) {
            out.println("== scale " + scale);
            results.add(runScale(scale, jar, peer, out, partial -> writeReport(results, partial)));
            writeReport(results, null);
        }
        out.println(Files.readString(report));
        out.println("Report written to " + report);
        return 0;
    }

    /**
     * The report of the scales done and, if not null, the one under way: rewritten after each request, so that a
     * run stopped part-way (a machine that runs out of time or memory at 10^6 nodes) still says what it measured.
     */
    private void writeReport(List<ScaleResult> done, ScaleResult partial) {
        List<ScaleResult> all = new ArrayList<>(done);
        if (partial != null) {
            all.add(partial);
        }
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, Report.markdown(all, rounds, throughputSeconds, loadSeconds, LocalDate.now()));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not write the report to " + report, e);
        }
    }

    /** What one scale measured. */
    record ScaleResult(String scale, String jvm, long entities, double generateSeconds, double importSeconds, double coldStartSeconds,
            double coldStartFastSeconds,
            long rssMiB, long peakRssMiB, List<RequestResult> requests, Load load) {
    }

    /**
     * One canonical request's measurements: medians and p95 (ms) and 8-client throughput (req/s) per contender;
     * {@code failure} says why a request could not be measured (then the run goes on with the next one).
     */
    record RequestResult(String name, Map<String, Boolean> sameAnswer, Map<String, double[]> latency,
            Map<String, Double> throughput, String failure) {

        static RequestResult failed(String name, String why) {
            return new RequestResult(name, Map.of(), Map.of(), Map.of(), why);
        }
    }

    record Load(int clients, int seconds, long requests, long errors, double perSecond, double p50, double p95, double p99) {
    }

    /**
     * Warm-up of each request, per contender: this many rounds, or until this many seconds have passed (at least 3
     * rounds). A JIT compiles a method after thousands of calls: with 100 rounds, the first requests of a run were
     * timed while the service's code was still interpreted (the plan subtree at the seeds: 6.2 ms in the run, 1.4 ms
     * once warm), which is not what a running service answers in.
     */
    static final int WARM_UP_ROUNDS = 1000;
    static final int WARM_UP_SECONDS = 10;

    private ScaleResult runScale(String scale, Path jar, Path peer, PrintWriter out,
            java.util.function.Consumer<ScaleResult> progress) throws Exception {
        Path dir = work.resolve("scale-" + scale);
        Path data = dir.resolve("neo4j");
        LocalProcesses.deleteTree(data);
        Files.createDirectories(dir);
        String password = UUID.randomUUID().toString();
        String scaleJvm = jvmFor(scale, jvm);
        List<String> jvmOptions = Arrays.stream(scaleJvm.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        List<String> base = new ArrayList<>(List.of("--phakee.embedded.data-dir=" + data,
                "--phakee.embedded.bolt-password=" + password, "--logging.level.root=WARN"));
        double generated = 0;
        double imported = 0;
        if (!scale.equals("seed")) {
            Path bundle = dir.resolve("bundle");
            LocalProcesses.deleteTree(bundle);
            out.println("generating " + scale + " nodes …");
            generated = Processes.runJar(jar, jvmOptions, List.of("generate", "--nodes", scale, "--seed", String.valueOf(seed),
                    bundle.toString()), dir.resolve("generate.log"));
            out.println("importing …");
            imported = Processes.runJar(jar, List.of("-Xmx4g"), List.of("import", bundle.toString(),
                    "--phakee.embedded.data-dir=" + data, "--phakee.embedded.bolt-password=" + password),
                    dir.resolve("import.log"));
        }
        else {
            // the seeds: the first start loads the packaged dataset; the cold start is measured on the second
            out.println("loading the packaged dataset …");
            double[] first = new double[1];
            int port = LocalProcesses.freePort();
            try (var loading = Processes.startService(jar, jvmOptions, base, port, dir.resolve("first-start.log"),
                    "{ provinces { id } }", first)) {
                imported = first[0];
            }
        }
        int port = LocalProcesses.freePort();
        int bolt = LocalProcesses.freePort();
        List<String> properties = new ArrayList<>(base);
        properties.add("--phakee.embedded.bolt-port=" + bolt);
        properties.add("--phakee.dataset.load-on-start=false");
        double[] cold = new double[1];
        double[] coldFast = new double[1];
        if (fastStartDir != null) {
            out.println("starting the service with its class-data archive on the existing database …");
            List<String> arguments = new ArrayList<>(properties);
            arguments.add("--server.port=" + port);
            try (var fast = Processes.startCommand(th.phakee.start.FastStart.command(fastStartDir, jvmOptions, arguments),
                    port, dir.resolve("service-fast-start.log"), "{ provinces { id } }", coldFast)) {
                out.println("first answer after " + String.format(java.util.Locale.ROOT, "%.1f s", coldFast[0]));
            }
        }
        out.println("starting the service on the existing database …");
        try (var service = Processes.startService(jar, jvmOptions, properties, port, dir.resolve("service.log"),
                "{ provinces { id } }", cold);
                var floor = new Contender.Floor("bolt://127.0.0.1:" + bolt, password);
                var peerProcess = Processes.startPeer(peer, "bolt://127.0.0.1:" + bolt, password, LocalProcesses.freePort(),
                        dir.resolve("peer.log"))) {
            long entities = count(floor.driver());
            Canonical.Ids ids = pick(floor.driver());
            out.println("ids: " + ids + "; " + entities + " nodes and relationships");
            List<Contender> contenders = List.of(new Contender.GraphQl("phakee", port, false), floor,
                    new Contender.GraphQl("@neo4j/graphql", peerProcess.port(), true));
            List<RequestResult> results = new ArrayList<>();
            List<Canonical> requests = Canonical.all(ids).stream()
                    .filter(r -> only == null || only.stream().anyMatch(word -> r.name().contains(word))).toList();
            for (Canonical request : requests) {
                out.println("  " + request.name());
                RequestResult result;
                try {
                    result = measure(request, contenders);
                }
                catch (Exception e) {
                    Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
                    result = RequestResult.failed(request.name(), cause.getMessage());
                    out.println("    not measured: " + cause.getMessage());
                }
                results.add(result);
                long[] rss = service.residentMiB();
                progress.accept(new ScaleResult(scale, scaleJvm, entities, generated, imported, cold[0], coldFast[0], rss[0], rss[1], results, null));
            }
            Load load = loadSeconds > 0 ? load(requests, (Contender.GraphQl) contenders.get(0)) : null;
            long[] rss = service.residentMiB();
            return new ScaleResult(scale, scaleJvm, entities, generated, imported, cold[0], coldFast[0], rss[0], rss[1], List.copyOf(results), load);
        }
    }

    /** Same answers first; then latency at one client, the contenders' order turning each round; then 8 clients. */
    private RequestResult measure(Canonical request, List<Contender> contenders) throws Exception {
        List<Contender> able = contenders.stream().filter(c -> c.answers(request)).toList();
        Map<String, Boolean> same = new LinkedHashMap<>();
        Object expected = answer(request, able.get(0));
        for (Contender contender : able.subList(1, able.size())) {
            same.put(contender.name(), Objects.equals(expected, answer(request, contender)));
        }
        // warm-up, alternated too: plans cached, and each contender's code compiled by its JIT (a GraphQL server over
        // HTTP is far more code than the driver's path)
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < WARM_UP_ROUNDS && (i < 3 || System.nanoTime() < warmUntil); i++) {
            able.forEach(c -> c.ask(request));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        able.forEach(c -> times.put(c.name(), new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < able.size(); i++) {
                Contender contender = able.get((round + i) % able.size());
                long started = System.nanoTime();
                contender.ask(request);
                times.get(contender.name()).add((System.nanoTime() - started) / 1e6);
            }
        }
        Map<String, double[]> latency = new LinkedHashMap<>();
        times.forEach((name, list) -> latency.put(name, new double[] { percentile(list, 50), percentile(list, 95) }));
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        able.forEach(c -> rates.put(c.name(), new ArrayList<>()));
        try {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < able.size(); i++) {
                    Contender contender = able.get((round + i) % able.size());
                    rates.get(contender.name()).add(throughput(request, contender, 8, throughputSeconds));
                }
            }
        }
        catch (java.util.concurrent.ExecutionException e) {
            // the latencies stand; the row says why there is no throughput
            return new RequestResult(request.name(), same, latency, Map.of(), "at 8 clients: " + e.getCause().getMessage());
        }
        Map<String, Double> throughput = new LinkedHashMap<>();
        rates.forEach((name, list) -> throughput.put(name, percentile(list, 50)));
        return new RequestResult(request.name(), same, latency, throughput, null);
    }

    private static Object answer(Canonical request, Contender contender) {
        Object data = contender.ask(request);
        return switch (contender.name()) {
            case "floor" -> request.floorAnswer().apply(data);
            case "phakee" -> request.phakeeAnswer().apply(data);
            default -> request.peerAnswer().apply(data);
        };
    }

    /** Requests per second that {@code clients} clients complete in a window of {@code seconds}. */
    private static double throughput(Canonical request, Contender contender, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> workers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    while (running.get()) {
                        contender.ask(request);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep(seconds * 1000L);
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            return done.get() / ((System.nanoTime() - started) / 1e9);
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** 100 clients for the load run's length, each asking the canonical requests in turn. */
    private Load load(List<Canonical> requests, Contender.GraphQl phakee) throws Exception {
        int clients = 100;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        List<Double> times = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> workers = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                int offset = i;
                workers.add(pool.submit(() -> {
                    for (int n = offset; running.get(); n++) {
                        Canonical request = requests.get(n % requests.size());
                        long began = System.nanoTime();
                        try {
                            phakee.ask(request);
                            times.add((System.nanoTime() - began) / 1e6);
                        }
                        catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(loadSeconds * 1000L);
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            List<Double> all = new ArrayList<>(times);
            return new Load(clients, loadSeconds, all.size(), errors.get(), all.size() / elapsed, percentile(all, 50),
                    percentile(all, 95), percentile(all, 99));
        }
        finally {
            pool.shutdownNow();
        }
    }

    static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long count(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (n:Entity) RETURN count(n) AS n").single().get("n").asLong()
                    + tx.run("MATCH ()-[r]->() RETURN count(r) AS r").single().get("r").asLong());
        }
    }

    /** The ids the canonical requests are about, picked the same way at every scale. */
    static Canonical.Ids pick(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                java.util.function.Function<String, org.neo4j.driver.Value> one = q -> tx.run(q).single().get(0);
                String plan = one.apply("""
                        MATCH (p:Plan {level: 'AGENCY_PLAN'})
                        RETURN p.id ORDER BY COUNT { (:Project)-[:UNDER]->(:Plan)-[:PART_OF]->(:Plan)-[:PART_OF]->(p) } DESC, p.id
                        LIMIT 1""").asString();
                String master = one.apply("MATCH (p:Plan {level: 'MASTER_PLAN'}) RETURN p.id ORDER BY p.id LIMIT 1").asString();
                String province = one.apply("""
                        MATCH (p:Province)
                        RETURN p.id ORDER BY COUNT { (:Project)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p) } DESC, p.id
                        LIMIT 1""").asString();
                String agency = one.apply("MATCH (a:Agency) RETURN a.id ORDER BY COUNT { (a)--() } DESC, a.id LIMIT 1").asString();
                int year = one.apply("""
                        MATCH (b:Budget) WITH b.fiscalYear AS year, count(*) AS n RETURN year ORDER BY n DESC, year LIMIT 1""").asInt();
                // paths from a project under the plan to the national strategy it serves
                String from = tx.run("""
                        MATCH (x:Project)-[:UNDER|PART_OF*1..4]->(:Plan {id: $plan})
                        RETURN x.id ORDER BY x.id LIMIT 1""", java.util.Map.of("plan", plan)).single().get(0).asString();
                String to = one.apply("MATCH (n:Plan {level: 'NATIONAL_STRATEGY'}) RETURN n.id ORDER BY n.id LIMIT 1").asString();
                return new Canonical.Ids(plan, master, province, agency, year, from, to, "ชุมชน");
            });
        }
    }

    private static Path jar() {
        return th.phakee.start.FastStart.ownJar();
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}
