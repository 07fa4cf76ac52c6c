package th.phakee.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The start of the embedded database on a thread of its own, begun when this is made: the service builds the rest
 * of its context meanwhile. {@link #await} gives the running database (or throws what stopped its start);
 * {@link #shutdown} stops it, after its start if that is still going on.
 */
public final class EmbeddedNeo4jStart {

    private final CompletableFuture<DatabaseManagementService> started = new CompletableFuture<>();

    EmbeddedNeo4jStart(Supplier<DatabaseManagementService> start) {
        Thread thread = new Thread(() -> {
            try {
                started.complete(start.get());
            }
            catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-neo4j-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The running database, once it has started. */
    public DatabaseManagementService await() {
        try {
            return started.join();
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    void shutdown() {
        try {
            started.join().shutdown();
        }
        catch (CompletionException e) {
            // it never started: nothing to stop
        }
    }
}
