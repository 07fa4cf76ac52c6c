package th.phakee.read;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Every field is read by its root field's one compiled statement (docs/decisions/004): no DataLoader is ever
 * registered, so graphql-java need not track, at every field of every answer, when to dispatch them (it did, for
 * the registry Spring for GraphQL passes with each request: 3% of the time of a province's answer).
 */
@Component
class NoDataLoaderDispatch implements GraphQlSourceBuilderCustomizer {

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.doNotAutomaticallyDispatchDataLoader());
    }
}
