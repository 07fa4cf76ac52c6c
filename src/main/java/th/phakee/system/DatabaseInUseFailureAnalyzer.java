package th.phakee.system;

import java.nio.file.Path;

import org.neo4j.io.locker.FileLockException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A second service (or an {@code import} while the service runs) on the same embedded database folder: Neo4j's
 * store lock is held. Said in a sentence, with what to do, instead of a page of stack trace.
 */
class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<FileLockException> {

    private final Environment environment;

    DatabaseInUseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FileLockException cause) {
        String dataDir = environment.getProperty("phakee.embedded.data-dir", "./var/neo4j");
        String folder = Path.of(dataDir).toAbsolutePath().normalize().toString();
        return new FailureAnalysis(
                "The database folder " + folder + " is in use: another process (a running Phakee service, an import or"
                        + " export) holds its lock.",
                "Stop the service or pass --phakee.embedded.data-dir=ANOTHER_FOLDER (or set PHAKEE_EMBEDDED_DATA_DIR).",
                cause);
    }
}
