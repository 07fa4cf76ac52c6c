package th.phakee.provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The text of the source documents (the repository's {@code sources/}, packaged as {@code classpath:sources/}),
 * read once, so a citation can quote its line without a database round trip. The documents never change while
 * the service runs.
 */
@Component
public class SourceTexts {

    private final Map<String, List<String>> linesById;

    public SourceTexts() {
        this.linesById = load();
    }

    /** Line {@code line} (1-based) of document {@code sourceId}, NFC, trimmed; null if there is no such line. */
    public String line(String sourceId, int line) {
        List<String> lines = linesById.get(sourceId);
        return lines == null || line < 1 || line > lines.size() ? null : lines.get(line - 1);
    }

    /** Whether the document has that line: a citation that points nowhere is refused where data is written. */
    public boolean exists(String sourceId, int line) {
        return line(sourceId, line) != null;
    }

    /** How many lines each document has, by document id ({@code 003}), in id order. */
    public java.util.SortedMap<String, Integer> lineCounts() {
        java.util.SortedMap<String, Integer> counts = new java.util.TreeMap<>();
        linesById.forEach((id, lines) -> counts.put(id, lines.size()));
        return counts;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> loaded = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:sources/*.txt")) {
                String name = resource.getFilename();
                String text = Normalizer.normalize(resource.getContentAsString(StandardCharsets.UTF_8), Normalizer.Form.NFC);
                // numbered as the extraction numbers them: split on "\n" only
                loaded.put(name.substring(0, 3), java.util.Arrays.stream(text.split("\n", -1)).map(String::strip).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source documents under classpath:sources/", e);
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No source documents under classpath:sources/ (the build packages sources/)");
        }
        return Map.copyOf(loaded);
    }
}
