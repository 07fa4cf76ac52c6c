package th.phakee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phakee import} and {@code export} as a user runs them: exit status and what they print. */
@EmbeddedOnly
class CommandLineTests {

    @TempDir
    Path temp;

    record Run(int status, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Application.runCommand(List.of(args),
                List.of("--phakee.embedded.data-dir=" + temp.resolve("db")), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void importOfABadBundleNamesFileAndLineExitsNonZeroAndWritesNothing() throws Exception {
        Path bad = temp.resolve("bad");
        Files.createDirectories(bad);
        for (Path file : Files.list(Path.of("src/test/resources/bundles/small")).toList()) {
            Files.copy(file, bad.resolve(file.getFileName()));
        }
        Files.writeString(bad.resolve("Budget.csv"), """
                id,amountBaht,fiscalYear,source,status,category,note,src
                B-1,-100,2567,STATE,REQUESTED,,,003:64
                """);

        Run refused = run("import", bad.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains(bad.resolve("Budget.csv") + ":2: column amountBaht: negative money");
        assertThat(refused.err()).contains("nothing was imported");

        Path exported = temp.resolve("after-refusal");
        assertThat(run("export", exported.toString()).status()).isZero();
        // the export of an untouched graph holds only the manifest: the refused bundle wrote no row
        assertThat(Files.list(exported).map(p -> p.getFileName().toString()).toList()).containsExactly("bundle.json");
    }

    @Test
    void importingTheSameBundleTwiceReportsNothingChangedTheSecondTime() {
        String bundle = "src/test/resources/bundles/small";
        Run first = run("import", bundle);
        assertThat(first.status()).isZero();
        assertThat(first.out()).contains("nodes 11 created").contains("relationships 6 created");

        Run second = run("import", bundle);
        assertThat(second.status()).isZero();
        assertThat(second.out()).startsWith("Nothing to do").contains("11 nodes and 6 relationships unchanged");
    }

    @Test
    void springPropertiesAreToldApartFromCommandArguments() {
        assertThat(Application.isSpringProperty("--phakee.embedded.data-dir=/tmp/x")).isTrue();
        assertThat(Application.isSpringProperty("--server.port=9090")).isTrue();
        assertThat(Application.isSpringProperty("--help")).isFalse();
        assertThat(Application.isSpringProperty("data")).isFalse();
    }
}
