package th.phakee.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of a dataset bundle, wherever they are: a directory given on the command line, or the copy of
 * {@code data/} packaged into the jar (loaded on first start).
 */
public final class Bundle {

    /**
     * Files and folders a bundle may hold besides the data files: the extraction's inputs, and the text of source
     * documents that are not among the repository's {@code sources/} (a generated bundle carries its own).
     */
    static final List<String> IGNORED = List.of("README.md", "curation", "sources");

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String description;
    private final Map<String, Opener> files;
    /** The bundle's folder, or null for a bundle on the classpath. */
    private final Path dir;

    private Bundle(String description, Map<String, Opener> files, Path dir) {
        this.description = description;
        this.files = files;
        this.dir = dir;
    }

    public static Bundle directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Not a directory: " + dir);
        }
        Map<String, Opener> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> files.put(p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""),
                    () -> Files.newInputStream(p)));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return new Bundle(dir.toString(), files, dir);
    }

    /** A bundle on the classpath, e.g. {@code classpath:dataset/}; works inside a jar. */
    public static Bundle classpath(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Map<String, Opener> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(base + "*")) {
                if (resource.isReadable() && resource.getFilename() != null && !resource.getFilename().isEmpty()) {
                    files.put(resource.getFilename(), resource::getInputStream);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location, e);
        }
        return new Bundle(location, files, null);
    }

    public static Bundle at(String location) {
        return location.startsWith("classpath:") ? classpath(location) : directory(Path.of(location));
    }

    List<String> fileNames() {
        return new ArrayList<>(files.keySet());
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    InputStream open(String name) throws IOException {
        return files.get(name).open();
    }

    /**
     * The number of lines of each source document the bundle carries in its {@code sources/} folder
     * ({@code <id>_<anything>.txt}, numbered as {@code provenance.SourceTexts} numbers the packaged ones), by id.
     */
    Map<String, Integer> documentLineCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        Path sources = dir == null ? null : dir.resolve("sources");
        if (sources == null || !Files.isDirectory(sources)) {
            return counts;
        }
        try (Stream<Path> entries = Files.list(sources)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
                counts.put(file.getFileName().toString().substring(0, 3), lineCount(file));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source documents in " + sources, e);
        }
        return counts;
    }

    /**
     * Lines as {@code text.split("\n", -1)} numbers them (one more than the line feeds), counted in the bytes: a
     * generated graph's document is 200 MB, and reading it as text held it twice over.
     */
    private static int lineCount(Path file) throws IOException {
        int lines = 1;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return description;
    }
}
