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
        assertThat(first.out()).contains("nodes 12 created").contains("relationships 6 created");

        Run second = run("import", bundle);
        assertThat(second.status()).isZero();
        assertThat(second.out()).startsWith("Nothing to do").contains("12 nodes and 6 relationships unchanged");
    }

    @Test
    void importSyncRemovesWhatTheBundleNoLongerHasAndListsIt() throws Exception {
        assertThat(run("import", "src/test/resources/bundles/small").status()).isZero();
        Path less = temp.resolve("less");
        Files.createDirectories(less);
        for (Path file : Files.list(Path.of("src/test/resources/bundles/small")).toList()) {
            if (!List.of("Indicator.csv", "Observation.csv", "OF.csv").contains(file.getFileName().toString())) {
                Files.copy(file, less.resolve(file.getFileName()));
            }
        }
        // without --sync the import changes nothing, and says the graph holds more than the bundle
        Run plain = run("import", less.toString());
        assertThat(plain.status()).isZero();
        assertThat(plain.out()).doesNotStartWith("Nothing to do").contains("2 nodes and 1 relationship the bundle does not have")
                .contains("--sync");
        Run synced = run("import", "--sync", less.toString());
        assertThat(synced.status()).isZero();
        assertThat(synced.out()).contains("removed 2 nodes and 1 relationship")
                .contains("Indicator IND-TEST").contains("Observation OBS-TEST").contains("(OBS-TEST)-[:OF]->(IND-TEST)");
        assertThat(run("import", "--sync", less.toString()).out()).startsWith("Nothing to do");
    }

    @Test
    void syncAndAddCannotBeAskedTogether() {
        Run both = run("import", "--sync", "--add", "src/test/resources/bundles/small");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--sync").contains("--add");
    }

    @Test
    void springPropertiesAreToldApartFromCommandArguments() {
        assertThat(Application.isSpringProperty("--phakee.embedded.data-dir=/tmp/x")).isTrue();
        assertThat(Application.isSpringProperty("--server.port=9090")).isTrue();
        assertThat(Application.isSpringProperty("--help")).isFalse();
        assertThat(Application.isSpringProperty("data")).isFalse();
    }
}
