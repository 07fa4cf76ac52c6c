package th.phakee.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import th.phakee.graph.InvalidRequestException;
import th.phakee.read.GraphReads;

/** Search: the text a person typed becomes a safe full-text query and a plain lower-case match. */
@Controller
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);
    /** Neo4j's code for a procedure (here the full-text index's query) that failed on its input. */
    private static final String PROCEDURE_FAILED = "Neo.ClientError.Procedure.ProcedureCallFailed";

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
        String lower = query.toLowerCase(Locale.ROOT);
        Map<String, Object> parameters = Map.of("text", lower, "whole", SearchText.whole(lower),
                "start", SearchText.start(lower), "candidates", SearchText.CANDIDATES_PER_TIER,
                "labels", searched.stream().map(SearchController::label).toList());
        try {
            return reads.fetch(env, with(parameters, LuceneQuery.of(query)));
        }
        catch (Neo4jException e) {
            if (!PROCEDURE_FAILED.equals(e.code())) {
                throw e;
            }
            // the query is bounded so that the index takes any text; should it refuse one anyway, the names that
            // contain the text are still an answer
            log.warn("Search for a text of {} characters: the full-text index refused its query ({}); answered from "
                    + "names that contain the text", query.length(), firstLine(e.getMessage()));
            return reads.fetch(env, with(parameters, LuceneQuery.minimal(query)));
        }
    }

    private static Map<String, Object> with(Map<String, Object> parameters, String lucene) {
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put("lucene", lucene);
        return all;
    }

    private static String firstLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** EntityType (PLAN) to label (Plan). */
    private static String label(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }
}
