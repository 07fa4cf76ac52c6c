package th.phakee.system;

import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
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
 * and BAD_REQUEST; anything else is logged with an id and reaches the client as INTERNAL_ERROR with that id only,
 * never a stack trace or Cypher.
 */
@Component
class ClientErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ClientErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidRequestException) {
            return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
        }
        if (ex instanceof ForbiddenException) {
            return error(env, ErrorType.FORBIDDEN, ex.getMessage());
        }
        if (ex instanceof NotFoundException) {
            return error(env, ErrorType.NOT_FOUND, ex.getMessage());
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Request failed at {} (error {}): {}", env.getExecutionStepInfo().getPath(), id, ex.toString(), ex);
        return error(env, ErrorType.INTERNAL_ERROR,
                "The server could not answer this field; it has been logged as error " + id + ".");
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
