package th.phakee.read;

import java.util.List;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * A request's cost, known before it runs: its depth, and how many objects it may ask for, where a list field
 * multiplies what is under it by its {@code first} argument, or by its {@code @listSize(assumedSize:)} in the
 * schema, or by a default (GitHub's and Shopify's GraphQL APIs count the same way). A request over either bound is
 * refused as BAD_REQUEST, saying the bound and its own figure; nothing of it runs.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(ReadLimits.class)
class ReadCost {

    /**
     * Both bounds in one instrumentation: graphql-java calls every instrumentation of the chain at every field of
     * every answer, and these two only act once, before the operation runs (a province's projects are thousands
     * of fields). The depth is checked first, as a request too deep may also be too costly.
     */
    @Bean
    MaxQueryComplexityInstrumentation requestBounds(ReadLimits limits) {
        MaxQueryDepthInstrumentation depth = new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refused("The request is " + depth + " fields deep; at most " + maxDepth
                        + " are allowed (phakee.read.max-depth). Ask for less nesting, in several requests if need be.");
            }
        };
        return new MaxQueryComplexityInstrumentation(limits.maxCost(), calculator(limits)) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                depth.beginExecuteOperation(parameters, null);   // stateless: throws when the request is too deep
                return super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int cost, int maxCost) {
                return refused("The request may ask for up to " + (cost == Integer.MAX_VALUE ? "more than 2 billion" : cost)
                        + " objects; at most " + maxCost + " are allowed (phakee.read.max-cost). Each list field counts"
                        + " as many times as its first: argument or its usual size; ask for smaller pages or fewer"
                        + " nested lists.");
            }
        };
    }

    /** 1 for the field, plus what is under it times the list's size; saturates instead of overflowing. */
    static FieldComplexityCalculator calculator(ReadLimits limits) {
        return (FieldComplexityEnvironment env, int childComplexity) -> {
            if (env.getFieldDefinition() == null) {
                return 1;
            }
            long size = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof GraphQLList
                    ? listSize(env, limits) : 1;
            long cost = 1 + size * childComplexity;
            return (int) Math.min(cost, Integer.MAX_VALUE);
        };
    }

    private static long listSize(FieldComplexityEnvironment env, ReadLimits limits) {
        if (env.getArguments().get("first") instanceof Number first) {
            return Math.max(first.longValue(), 1);
        }
        // a connection's edges are as many as the connection's first:
        FieldComplexityEnvironment parent = env.getParentEnvironment();
        if (env.getField().getName().equals("edges") && parent != null
                && parent.getArguments().get("first") instanceof Number first) {
            return Math.max(first.longValue(), 1);
        }
        GraphQLAppliedDirective listSize = env.getFieldDefinition().getAppliedDirective("listSize");
        if (listSize != null && listSize.getArgument("assumedSize").getValue() instanceof Number assumed) {
            return assumed.longValue();
        }
        return limits.defaultListSize();
    }

    static AbortExecutionException refused(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType((ErrorClassification) ErrorType.BAD_REQUEST).message(message).build()));
    }
}
