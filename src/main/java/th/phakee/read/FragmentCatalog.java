package th.phakee.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fragments of {@code cypher/queries/<capability>/<coordinate>.cypher}, read and parsed once at start-up and
 * keyed by their schema coordinate ({@code Plan.children}). A file that cannot be parsed, or two files for one
 * coordinate, stop the start; {@link FragmentCheck} then checks them against the schema.
 */
@Component
public class FragmentCatalog {

    private final Map<String, Fragment> byCoordinate;

    public FragmentCatalog() {
        this.byCoordinate = load();
    }

    Optional<Fragment> find(String typeName, String member) {
        return Optional.ofNullable(byCoordinate.get(typeName + "." + member));
    }

    Fragment get(String typeName, String member) {
        return find(typeName, member).orElseThrow(() -> new IllegalStateException(
                "No Cypher fragment cypher/queries/…/" + typeName + "." + member + ".cypher"));
    }

    Map<String, Fragment> all() {
        return byCoordinate;
    }

    private static Map<String, Fragment> load() {
        Map<String, Fragment> loaded = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/**/*.cypher")) {
                String url = resource.getURL().toString();
                String file = url.substring(url.lastIndexOf("/cypher/queries/") + 1);
                String name = resource.getFilename();
                String coordinate = name.substring(0, name.length() - ".cypher".length());
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                Fragment fragment = Fragment.parse(coordinate, text);
                String other = files.put(coordinate, file);
                // the same file twice on the class path (a folder and a jar of it) is one fragment; two files are an error
                if (other != null && !loaded.get(coordinate).text().equals(fragment.text())) {
                    throw new IllegalStateException("Two Cypher fragments for " + coordinate + ": " + other + " and " + file);
                }
                loaded.put(coordinate, fragment);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cypher fragments under classpath:cypher/queries/", e);
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No Cypher fragments under classpath:cypher/queries/");
        }
        return Map.copyOf(loaded);
    }
}
