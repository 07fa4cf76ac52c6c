package th.phakee.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import th.phakee.graph.InvalidRequestException;
import th.phakee.read.GraphReads;

/** Search: the text a person typed becomes a safe full-text query and a plain lower-case match. */
@Controller
class SearchController {

    private final GraphReads reads;

    SearchController(GraphReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    Object search(@Argument String text, @Argument List<String> types, DataFetchingEnvironment env) {
        String query = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFC);
        if (query.isEmpty()) {
            throw new InvalidRequestException("Argument 'text' is empty; give a word or a name to search for.");
        }
        // no types: every value of the schema's EntityType, so the schema stays the one list of searchable types
        List<String> searched = types == null || types.isEmpty()
                ? ((GraphQLEnumType) env.getGraphQLSchema().getType("EntityType")).getValues().stream()
                        .map(GraphQLEnumValueDefinition::getName).toList()
                : types;
        return reads.fetch(env, Map.of("lucene", LuceneQuery.of(query), "text", query.toLowerCase(Locale.ROOT),
                "labels", searched.stream().map(SearchController::label).toList()));
    }

    /** EntityType (PLAN) to label (Plan). */
    private static String label(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }
}
