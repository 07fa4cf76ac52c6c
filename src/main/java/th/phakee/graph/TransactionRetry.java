package th.phakee.graph;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the service retries a managed transaction ({@code session.executeRead/executeWrite}) that failed transiently:
 * a deadlock with a concurrent transaction, a pooled connection that died, a server that is not the leader any
 * more (the driver's {@link RetryableException}s). Twice, after about 50 ms and 150 ms, then the error goes to the
 * caller, where it becomes UNAVAILABLE if the database cannot be reached.
 * <p>
 * The driver's own retry is switched off ({@code spring.neo4j.max-transaction-retry-time=0}): its first back-off
 * is a fixed 1 s (±20 %) and it keeps retrying for the configured time, so a request to a dead database waited
 * 1–1.2 s at the least and up to 2.5 s on a loaded machine; here such a request fails in a fraction of a second
 * (issue 12 asks for at most 2 s), while the transient failures worth retrying, which pass in milliseconds, are
 * still retried. The unit of work is run again whole, so it must only read and write through its transaction.
 */
public final class TransactionRetry {

    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

    /** The pauses before each retry, in milliseconds, each ±20 %. */
    private static final long[] BACK_OFF = { 50, 150 };

    private TransactionRetry() {
    }

    /** Runs {@code transaction} (which opens and ends its own managed transaction), retrying as above. */
    public static <T> T run(String what, Supplier<T> transaction) {
        for (int attempt = 0;; attempt++) {
            try {
                return transaction.get();
            }
            catch (RuntimeException e) {
                if (!(e instanceof RetryableException) || attempt == BACK_OFF.length) {
                    throw e;
                }
                long pause = Math.round(BACK_OFF[attempt] * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
                log.info("{} failed ({}: {}); retrying in {} ms", what, e.getClass().getSimpleName(), e.getMessage(), pause);
                try {
                    Thread.sleep(pause);
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
