package th.phakee.benchmark;

import static th.phakee.benchmark.BenchmarkCommand.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import th.phakee.benchmark.BenchmarkCommand.RequestResult;
import th.phakee.benchmark.BenchmarkCommand.ScaleResult;

/** The benchmark's Markdown report: ratios first, then the medians they come from. */
final class Report {

    private Report() {
    }

    static String markdown(List<ScaleResult> scales, int rounds, int throughputSeconds, int loadSeconds,
            LocalDate date) {
        StringBuilder md = new StringBuilder("# Benchmarks\n\n");
        md.append("Written by `java -jar target/phakee.jar benchmark --report docs/benchmarks.md` (after `mvn -q package ")
                .append("-DskipTests`; Node.js and npm install the peer). Measured on ").append(date).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append("; the service run as users run it, `java … -jar target/phakee.jar` with each scale's ")
                .append("JVM options (below), over HTTP, on its embedded database. Contenders, alternated round by round ")
                .append("in one run: **phakee**; the **floor**, each request as one hand-written Cypher statement through ")
                .append("the Java driver (no HTTP, no GraphQL); **@neo4j/graphql** 7.6.3 (`src/benchmark/peer/`) on the same ")
                .append("database, where it can express the request. Absolute times depend on the machine and its load; the ")
                .append("ratios, measured side by side, are what to compare. The floor answers what the GraphQL document ")
                .append("asks, in the order the API promises; it reads the graph's figures and their derived values, but ")
                .append("not what the money model keeps beside them (the dashboard's tallies, the agencies' ")
                .append("collaborations): there, the ratio says what keeping them saves.\n\n");
        md.append("Latency: median (and 95th percentile) of ").append(rounds).append(" requests at one client, after ")
                .append(BenchmarkCommand.WARM_UP_ROUNDS).append(" warm-up rounds (or ").append(BenchmarkCommand.WARM_UP_SECONDS).append(" s, at least 3), alternated too. Throughput: requests per second of 8 clients, median of 3 windows of ")
                .append(throughputSeconds).append(" s each. Every contender's answer was compared with Phakee's first (the ")
                .append("items and figures a user reads); the *same answer* column says so.\n\n");
        md.append("## Scale, import, start and memory\n\n")
                .append("| scale | the service's JVM | nodes + relationships | generate s | import s | import rate /s | cold start to first answer s | … with the class-data archive s | RSS MiB (peak) |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (ScaleResult s : scales) {
            md.append("| ").append(s.scale()).append(" | `").append(s.jvm()).append("` | ").append(s.entities()).append(" | ")
                    .append(s.generateSeconds() == 0 ? "" : format(s.generateSeconds())).append(" | ")
                    .append(format(s.importSeconds())).append(s.scale().equals("seed") ? " (first start, with the import)" : "")
                    .append(" | ").append(s.scale().equals("seed") ? "" : format(s.entities() / s.importSeconds()))
                    .append(" | ").append(format(s.coldStartSeconds())).append(" | ")
                    .append(s.coldStartFastSeconds() == 0 ? "" : format(s.coldStartFastSeconds())).append(" | ")
                    .append(s.rssMiB()).append(" (")
                    .append(s.peakRssMiB()).append(") |\n");
        }
        for (ScaleResult s : scales) {
            md.append("\n## Requests at scale ").append(s.scale()).append("\n\n")
                    .append("| request | same answer | phakee ÷ floor (latency) | phakee ÷ peer (latency) | ")
                    .append("phakee ÷ peer (throughput, 8 clients) | phakee ms | floor ms | peer ms | phakee /s | floor /s | peer /s |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (RequestResult r : s.requests()) {
                if (r.failure() != null && r.latency().isEmpty()) {
                    md.append("| ").append(r.name()).append(" | not measured: ")
                            .append(r.failure().replace('|', '/').replace('\n', ' ')).append(" | | | | | | | | | |\n");
                    continue;
                }
                double[] phakee = r.latency().get("phakee");
                double[] floor = r.latency().get("floor");
                double[] peer = r.latency().get("@neo4j/graphql");
                Double peerRate = r.throughput().get("@neo4j/graphql");
                // latency measured, throughput not: the row says why in the throughput columns
                String throughput = r.failure() != null ? r.failure().replace('|', '/').replace('\n', ' ')
                        : peerRate == null ? "—" : ratio(r.throughput().get("phakee") / peerRate);
                String rates = r.failure() != null ? " | | | |"
                        : " | " + format(r.throughput().get("phakee")) + " | " + format(r.throughput().get("floor"))
                                + " | " + (peerRate == null ? "—" : format(peerRate)) + " |";
                md.append("| ").append(r.name()).append(" | ").append(same(r.sameAnswer())).append(" | ")
                        .append(ratio(phakee[0] / floor[0])).append(" | ")
                        .append(peer == null ? "—" : ratio(phakee[0] / peer[0])).append(" | ").append(throughput).append(" | ")
                        .append(ms(phakee)).append(" | ").append(ms(floor)).append(" | ").append(peer == null ? "—" : ms(peer))
                        .append(rates).append('\n');
            }
            if (s.load() != null) {
                var l = s.load();
                md.append("\nLoad: ").append(l.clients()).append(" clients for ").append(l.seconds())
                        .append(" s, each asking the requests above in turn: ").append(l.requests()).append(" answers (")
                        .append(format(l.perSecond())).append(" /s), ").append(l.errors()).append(" errors; latency p50 ")
                        .append(format(l.p50())).append(" ms, p95 ").append(format(l.p95())).append(" ms, p99 ")
                        .append(format(l.p99())).append(" ms.\n");
            }
        }
        return md.toString();
    }

    private static String same(Map<String, Boolean> same) {
        StringBuilder text = new StringBuilder();
        same.forEach((name, yes) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(yes ? " ✓" : " ✗"));
        return text.toString();
    }

    private static String ratio(double value) {
        return format(value) + "×";
    }

    private static String ms(double[] times) {
        return format(times[0]) + " (" + format(times[1]) + ")";
    }
}
