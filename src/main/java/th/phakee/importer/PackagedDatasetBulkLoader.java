package th.phakee.importer;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import th.phakee.graph.NewStoreWriter;

/**
 * The service's first start on a new embedded database: the packaged dataset ({@code data/}) is written as the
 * store by the bulk importer before the database starts (decision 005), instead of by statements in one
 * transaction once it runs, which held the whole dataset's changes on the heap (256 MiB was the least a first
 * start needed; serving the seeds needs 160). {@link StartupDatasetLoader} then finds the graph loaded and derived.
 * An external Neo4j, or a database with a store, is loaded by statements as before.
 */
@Component
@ConditionalOnWebApplication
class PackagedDatasetBulkLoader implements NewStoreWriter {

    private static final Logger log = LoggerFactory.getLogger(PackagedDatasetBulkLoader.class);

    private final boolean loadOnStart;
    private final String location;
    /** What the first start wrote, for the import metrics (recorded by StartupDatasetLoader, once the context runs). */
    private volatile ImportReport written;

    PackagedDatasetBulkLoader(@Value("${phakee.dataset.load-on-start}") boolean loadOnStart,
            @Value("${phakee.dataset.location}") String location) {
        this.loadOnStart = loadOnStart;
        this.location = location;
    }

    /** What this start wrote as the store, if it did. */
    java.util.Optional<ImportReport> written() {
        return java.util.Optional.ofNullable(written);
    }

    @Override
    public void writeIfAbsent(Path home) {
        BulkImporter bulk = new BulkImporter(home);
        if (!loadOnStart || !bulk.storeAbsent()) {
            return;
        }
        log.info("The database is new: writing the packaged dataset from {} as its store", location);
        long started = System.nanoTime();
        try {
            int[] counts = bulk.writeStore(Bundle.at(location));
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("Wrote {} nodes and {} relationships in {} ms", counts[0], counts[1], Math.round(seconds * 1000));
            written = new ImportReport(counts[0], 0, 0, counts[1], 0, 0, seconds);
        }
        catch (InvalidBundleException e) {
            e.problems().forEach(problem -> log.error("Dataset problem: {}", problem));
            throw e;
        }
    }
}
