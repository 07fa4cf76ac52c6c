package th.phakee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures are UNAVAILABLE (the database cannot be reached: try again later) rather than INTERNAL_ERROR, in
 * the shapes they reach the error handler: as the driver throws them, translated by Neo4jClient, wrapped by
 * Spring's transaction manager or by a batch loader's future. The whole path, with a server killed under load, is
 * DatabaseFaultTests (run by .ci/run).
 */
class ClientErrorsTests {

    static final ServiceUnavailableException REFUSED = new ServiceUnavailableException(
            "Unable to connect to 127.0.0.1:7687, ensure the database is running");

    @Test
    void anUnreachableDatabaseIsRecognisedHoweverItWasWrapped() {
        assertThat(ClientErrors.unavailable(REFUSED)).isSameAs(REFUSED);
        // Neo4jClient's translation
        assertThat(ClientErrors.unavailable(new TransientDataAccessResourceException(REFUSED.getMessage(), REFUSED))).isSameAs(REFUSED);
        // Neo4jTransactionManager when it cannot open a session
        assertThat(ClientErrors.unavailable(new TransactionSystemException("Could not open a new Neo4j session", REFUSED))).isSameAs(REFUSED);
        // a batch loader's future
        assertThat(ClientErrors.unavailable(new CompletionException(REFUSED))).isSameAs(REFUSED);
        // no connection free in the pool in time
        var pool = new SessionExpiredException("Unable to acquire connection from the pool within configured maximum time of 2000ms");
        assertThat(ClientErrors.unavailable(pool)).isSameAs(pool);
        // a server still starting its database
        var starting = new TransientException("Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable.");
        assertThat(ClientErrors.unavailable(starting)).isSameAs(starting);
    }

    @Test
    void otherDatabaseErrorsAreNotUnavailable() {
        var deadlock = new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        assertThat(ClientErrors.unavailable(deadlock)).isNull();
        var syntax = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
        assertThat(ClientErrors.unavailable(new InvalidDataAccessResourceUsageException(syntax.getMessage(), syntax))).isNull();
        assertThat(ClientErrors.unavailable(new IllegalStateException("a bug"))).isNull();
    }

    @Test
    void aStatementTheDatabaseStoppedAtItsLimitIsSaidSoAndIsNotAnInternalError() {
        // the codes Neo4j 5 gives a transaction stopped at its timeout, and one that ran out of its memory
        var timeout = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has not completed within the timeout specified at its start by the client.");
        assertThat(ClientErrors.limitReached(timeout)).contains("longer than the time");
        assertThat(ClientErrors.limitReached(new CompletionException(timeout))).contains("longer than the time");
        var memory = new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
                "The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB.");
        assertThat(ClientErrors.limitReached(memory)).contains("more memory");
        var syntax = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
        assertThat(ClientErrors.limitReached(syntax)).isNull();
        assertThat(ClientErrors.limitReached(REFUSED)).isNull();
    }
}
