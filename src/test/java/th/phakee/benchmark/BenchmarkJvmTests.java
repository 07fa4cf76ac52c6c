package th.phakee.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark runs the service as README "Memory and start" tells users to run it at each size, unless told
 * otherwise: a 10^6 graph measured with the seeds' serial collector answered at half the rate (benchmarks, run B).
 */
class BenchmarkJvmTests {

    @Test
    void eachScaleRunsTheServiceWithTheReadmesJvmForItsSize() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream().filter(line -> line.startsWith("| ")).toList();
        assertThat(row(rows, "| the seeds (24,000 entities) |")).contains("java " + BenchmarkCommand.jvmFor("seed", null) + " -jar");
        assertThat(row(rows, "| 10^5 generated nodes |")).contains("`" + BenchmarkCommand.jvmFor("100000", null) + "`");
        assertThat(row(rows, "| 10^6 generated nodes |")).contains("`" + BenchmarkCommand.jvmFor("1000000", null) + "`");
        assertThat(BenchmarkCommand.jvmFor("1000000", "-Xmx4g -XX:+UseSerialGC")).isEqualTo("-Xmx4g -XX:+UseSerialGC");
    }

    private static String row(List<String> rows, String start) {
        return rows.stream().filter(line -> line.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
