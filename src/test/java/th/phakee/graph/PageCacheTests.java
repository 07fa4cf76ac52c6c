package th.phakee.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page cache fits the store (README, "Configuration": phakee.embedded.pagecache). */
class PageCacheTests {

    @Test
    void autoGivesTheStoreAndATenthMoreAndAtLeast64MiB(@TempDir Path home) throws Exception {
        assertThat(EmbeddedNeo4jConfiguration.pageCacheBytes("auto", home)).isEqualTo(64L << 20);
        Path store = Files.createDirectories(home.resolve("data/databases/neo4j"));
        try (RandomAccessFile file = new RandomAccessFile(store.resolve("neostore.nodestore.db").toFile(), "rw")) {
            file.setLength(200L << 20);   // sparse: its length counts, not its blocks
        }
        assertThat(EmbeddedNeo4jConfiguration.pageCacheBytes("auto", home)).isEqualTo(220L << 20);
        assertThat(EmbeddedNeo4jConfiguration.pageCacheBytes("512m", home)).isEqualTo(512L << 20);
    }
}
