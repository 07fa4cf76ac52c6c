package th.phakee.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the fixture bundle {@code src/test/resources/bundles/small}, to be spoiled one way per test. */
final class TestBundles {

    static final Path SMALL = Path.of("src/test/resources/bundles/small");

    private TestBundles() {
    }

    static Path copyOfSmall(Path into) {
        try {
            Path dir = Files.createDirectories(into.resolve("bundle"));
            try (Stream<Path> files = Files.list(SMALL)) {
                for (Path file : files.toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces line {@code line} (1 = header) of a bundle file. */
    static void replaceLine(Path bundle, String file, int line, String text) {
        List<String> lines = new ArrayList<>(read(bundle.resolve(file)));
        lines.set(line - 1, text);
        write(bundle.resolve(file), lines);
    }

    static void appendLine(Path bundle, String file, String text) {
        List<String> lines = new ArrayList<>(read(bundle.resolve(file)));
        lines.add(text);
        write(bundle.resolve(file), lines);
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
