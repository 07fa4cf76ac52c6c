package th.phakee.system;

import java.util.UUID;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import th.phakee.access.ForbiddenException;
import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.NotFoundException;

/**
 * Turns exceptions into GraphQL errors a person can act on: requests the client can correct get their own message
 * and BAD_REQUEST; a database that cannot be reached is UNAVAILABLE (try again later), logged in one line; anything
 * else is logged with an id and reaches the client as INTERNAL_ERROR with that id only, never a stack trace or Cypher.
 */
@Component
class ClientErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

    /** The database cannot be reached (down, restarting, unreachable, or no connection free in time). */
    static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

    /** The database stopped the request at its time or memory limit (phakee.read.timeout, the transaction memory). */
    static final ErrorClassification TOO_COSTLY = ErrorClassification.errorClassification("TOO_COSTLY");

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorType refused = ex instanceof InvalidRequestException ? ErrorType.BAD_REQUEST
                : ex instanceof ForbiddenException ? ErrorType.FORBIDDEN
                : ex instanceof NotFoundException ? ErrorType.NOT_FOUND : null;
        if (refused != null) {
            // a client's mistake: one line, no stack trace
            log.info("Request refused at {} ({}): {}", env.getExecutionStepInfo().getPath(), refused, oneLine(ex.getMessage()));
            return error(env, refused, ex.getMessage());
        }
        Throwable unavailable = unavailable(ex);
        if (unavailable != null) {
            log.warn("Request failed at {}: the database cannot be reached ({})", env.getExecutionStepInfo().getPath(),
                    unavailable.getMessage());
            return error(env, UNAVAILABLE, "The database is unavailable at the moment; try again shortly.");
        }
        String limit = limitReached(ex);
        if (limit != null) {
            log.warn("Request stopped at {}: {}", env.getExecutionStepInfo().getPath(), limit);
            return error(env, TOO_COSTLY, "The database stopped this request: " + limit
                    + ". Ask for less (fewer or smaller lists, a shorter walk) or narrow it with arguments.");
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Request failed at {} (error {}): {}", env.getExecutionStepInfo().getPath(), id, ex.toString(), ex);
        return error(env, ErrorType.INTERNAL_ERROR,
                "The server could not answer this field; it has been logged as error " + id + ".");
    }

    /**
     * The driver's error that says the database cannot be reached, wherever Spring wrapped it
     * (TransientDataAccessResourceException, TransactionSystemException, ...), or null. A connection that cannot be
     * acquired in time is a SessionExpiredException; a database that is still starting answers DatabaseUnavailable.
     */
    static Throwable unavailable(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                    || cause instanceof TransientException transientError
                            && "Neo.TransientError.General.DatabaseUnavailable".equals(transientError.code())) {
                return cause;
            }
        }
        return null;
    }

    /** What limit the database stopped a statement at, in plain words, or null. */
    static String limitReached(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // the driver's errors carry Neo4j's status code, and so do the embedded database's own
            String code = cause instanceof Neo4jException neo4j ? neo4j.code()
                    : cause instanceof Status.HasStatus status ? status.status().code().serialize() : null;
            if (code == null) {
                continue;
            }
            if (code.contains("TransactionTimedOut") || code.endsWith("Terminated")
                    && String.valueOf(cause.getMessage()).contains("timeout")) {
                return "it ran longer than the time a request may take";
            }
            if (code.contains("MemoryPoolOutOfMemory") || code.contains("TransactionOutOfMemory")) {
                return "it needed more memory than a request may use";
            }
        }
        return null;
    }

    /** A message fit for one log line: control characters shown as escapes, at most 300 characters. */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder();
        String text = String.valueOf(message);
        text.substring(0, Math.min(text.length(), 300)).codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                line.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            }
            else {
                line.appendCodePoint(c);
            }
        });
        return text.length() > 300 ? line + "…" : line.toString();
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
