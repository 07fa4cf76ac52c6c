package th.phakee.read;

import java.math.BigDecimal;
import java.util.Map;

import graphql.schema.DataFetcher;

import th.phakee.graph.KeysetCursor;
import th.phakee.provenance.SourceTexts;

/**
 * The few fields that are computed in Java from what the statement returns, because Cypher has no good way to
 * write them: money in million baht as an exact decimal, a citation's line of text (the documents are held in
 * memory, not in the graph), a keyset cursor (base64 of JSON), and a connection's page information.
 */
final class JavaFields {

    private JavaFields() {
    }

    /** Whether {@code Type.field} is computed here (the compiler then leaves it out of the projection). */
    static boolean computes(String type, String field) {
        return switch (type) {
            case "Money" -> true;
            case "Citation" -> field.equals("text");
            default -> type.endsWith("Edge") && field.equals("cursor")
                    || type.endsWith("Connection") && field.equals("pageInfo");
        };
    }

    /**
     * The fetcher of a field {@link #computes} says is computed here. Each is a pure function of its source,
     * marked trivial: graphql-java and Spring for GraphQL then call it as they call a property read, without the
     * per-call context propagation and observation they wrap around other fetchers (a page of projects has
     * thousands of Money values: that wrapping cost more than the statement).
     */
    static DataFetcher<?> fetcher(String type, String field, SourceTexts texts) {
        return new Computed(compute(type, field, texts));
    }

    private record Computed(DataFetcher<?> function) implements graphql.TrivialDataFetcher<Object> {

        @Override
        public Object get(graphql.schema.DataFetchingEnvironment env) throws Exception {
            return function.get(env);
        }
    }

    private static DataFetcher<?> compute(String type, String field, SourceTexts texts) {
        return switch (type + "." + field) {
            case "Money.baht" -> env -> baht(env.getSource());
            case "Money.millionBaht" -> env -> BigDecimal.valueOf(baht(env.getSource())).movePointLeft(6)
                    .stripTrailingZeros().toPlainString();
            case "Citation.text" -> env -> {
                Map<?, ?> citation = env.getSource();
                return texts.line((String) citation.get("__source"), ((Number) citation.get("__line")).intValue());
            };
            default -> field.equals("cursor") ? env -> {
                Map<?, ?> edge = env.getSource();
                return new KeysetCursor(edge.get("__key"), (String) edge.get("__id")).encode();
            } : env -> ((Map<?, ?>) env.getSource()).get(ConnectionPage.PAGE_INFO);
        };
    }

    private static long baht(Object money) {
        return ((Number) ((Map<?, ?>) money).get("__baht")).longValue();
    }
}
