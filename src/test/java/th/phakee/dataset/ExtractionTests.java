package th.phakee.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.phakee.extraction.DatasetExtraction;

/** The committed dataset is exactly what the pipeline makes of sources/ and data/curation/. */
class ExtractionTests {

    @Test
    void committedDataIsWhatExtractProduces(@TempDir Path out) throws IOException {
        new DatasetExtraction(Path.of("sources"), Path.of("data/curation")).extractInto(out);
        assertThat(bundleFiles(out)).isEqualTo(bundleFiles(Path.of("data")));
    }

    static Map<String, String> bundleFiles(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }
}
