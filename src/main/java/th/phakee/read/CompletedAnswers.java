package th.phakee.read;

import java.util.List;
import java.util.Map;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Lets a root query field hand graphql-java its answer already complete ({@link AnswerShape}): the query
 * strategy takes a {@link Completed} value as the field's result instead of walking it field by field. Everything
 * else is graphql-java's own {@link AsyncExecutionStrategy}, with the exception handler Spring for GraphQL gives
 * its default strategy (the same resolvers, in the same order).
 */
@Component
class CompletedAnswers implements GraphQlSourceBuilderCustomizer {

    private final ObjectProvider<DataFetcherExceptionResolver> resolvers;

    CompletedAnswers(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
        this.resolvers = resolvers;
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(new Strategy(
                DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()))));
    }

    /** A root field's answer as it goes into the response. */
    static class Completed {
        private final Object value;

        private Completed(Object value) {
            this.value = value;
        }

        /**
         * The answer, wrapped; for a connection field in a class whose name ends in Connection, which Spring for
         * GraphQL's connection adapter passes through as it does any such class.
         */
        static Completed of(Object value, boolean connection) {
            return connection ? new CompletedConnection(value) : new Completed(value);
        }
    }

    private static final class CompletedConnection extends Completed {
        private CompletedConnection(Object value) {
            super(value);
        }
    }

    private static final class Strategy extends AsyncExecutionStrategy {

        Strategy(DataFetcherExceptionHandler exceptionHandler) {
            super(exceptionHandler);
        }

        @Override
        protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
            if (parameters.getSource() instanceof Completed completed) {
                Object value = completed.value;
                return new FieldValueInfo(value instanceof Map<?, ?> ? FieldValueInfo.CompleteValueType.OBJECT
                        : value instanceof List<?> ? FieldValueInfo.CompleteValueType.LIST
                        : value == null ? FieldValueInfo.CompleteValueType.NULL
                        : FieldValueInfo.CompleteValueType.SCALAR, value);
            }
            return super.completeValue(context, parameters);
        }
    }
}
