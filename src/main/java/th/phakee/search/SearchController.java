package th.phakee.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final SearchQueries queries;

    SearchController(SearchQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Object node(@Argument String id) {
        return queries.node(id);
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument Integer first,
            DataFetchingEnvironment env) {
        // no types: every value of the schema's EntityType, so the schema stays the one list of searchable types
        List<String> searched = types == null || types.isEmpty()
                ? ((GraphQLEnumType) env.getGraphQLSchema().getType("EntityType")).getValues().stream()
                        .map(GraphQLEnumValueDefinition::getName).toList()
                : types;
        return queries.search(text, searched, first);
    }
}
