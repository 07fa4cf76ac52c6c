package th.phakee.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The README's configuration table is one table (no blank line splits it) and names every phakee.* property. */
class ConfigurationDocsTests {

    @Test
    void theReadmeTableListsEveryPhakeeProperty() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## Access and curation"));
        int start = section.indexOf("| property (env variable) |");
        assertThat(start).isPositive();
        // the table runs from its header to the first line that is not a row
        List<String> rows = section.substring(start).lines().takeWhile(line -> line.startsWith("|")).toList();
        String table = String.join("\n", rows);
        List<String> properties = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(line -> line.startsWith("phakee.")).map(line -> line.substring(0, line.indexOf('=')))
                .filter(key -> !key.startsWith("phakee.access.keys")).toList();
        assertThat(properties).contains("phakee.embedded.data-dir", "phakee.access.anonymous-read", "phakee.cors.allowed-origins");
        assertThat(properties).allSatisfy(key -> assertThat(table).contains("`" + key + "`"));
        assertThat(table).contains("`phakee.access.keys[n].name`", "`server.port`", "`NEO4J_URI`");
        // nothing of the table is left after a blank line
        String after = section.substring(start + table.length());
        assertThat(Arrays.stream(after.split("\n")).dropWhile(String::isBlank).findFirst().orElse(""))
                .doesNotStartWith("| `phakee.");
    }
}
