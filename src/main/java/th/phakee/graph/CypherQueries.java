package th.phakee.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The catalog of whole Cypher statements under {@code cypher/} (packaged as {@code classpath:cypher/}): the
 * schema set-up, the importer's and the money model's, loaded once at start-up and keyed by their path without the
 * extension, e.g. {@code import/nodes.create}. A missing or empty file fails fast, so no statement is discovered
 * broken at request time. (The read path's fragments under {@code cypher/queries/} are read.FragmentCatalog's.)
 */
@Component
public class CypherQueries {

    private final Map<String, String> statements;

    public CypherQueries() {
        this.statements = load();
    }

    /** The statement stored as {@code cypher/<key>.cypher}. */
    public String get(String key) {
        String statement = statements.get(key);
        if (statement == null) {
            throw new IllegalStateException("No Cypher statement cypher/" + key + ".cypher in the catalog");
        }
        return statement;
    }

    public Map<String, String> all() {
        return statements;
    }

    private static Map<String, String> load() {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, String> loaded = new TreeMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:cypher/**/*.cypher")) {
                String url = resource.getURL().toString();
                String key = url.substring(url.lastIndexOf("/cypher/") + "/cypher/".length(), url.length() - ".cypher".length());
                if (key.startsWith("queries/")) {
                    continue;
                }
                String text = resource.getContentAsString(StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new IllegalStateException("Cypher file cypher/" + key + ".cypher is empty");
                }
                loaded.put(key, text);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cypher catalog", e);
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No Cypher files found under classpath:cypher/");
        }
        return Map.copyOf(loaded);
    }

    /**
     * The statements of a schema file, split on the {@code ;} that ends each one; comment lines are dropped.
     */
    public static java.util.List<String> statementsOf(String script) {
        StringBuilder text = new StringBuilder();
        script.lines().filter(line -> !line.strip().startsWith("//")).forEach(line -> text.append(line).append('\n'));
        return java.util.Arrays.stream(text.toString().split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
