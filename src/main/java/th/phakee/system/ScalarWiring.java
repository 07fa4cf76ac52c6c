package th.phakee.system;

import graphql.scalars.ExtendedScalars;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The {@code Long} scalar (64-bit integers: money in exact baht), which GraphQL's {@code Int} cannot hold. */
@Component
class ScalarWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
        builder.scalar(ExtendedScalars.GraphQLLong);
    }
}
