package th.phakee.read;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

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
        return new Computed(value(type, field, texts));
    }

    private record Computed(Function<Object, Object> value) implements graphql.TrivialDataFetcher<Object> {

        @Override
        public Object get(graphql.schema.DataFetchingEnvironment env) {
            return value.apply(env.getSource());
        }
    }

    /** The field's value as a function of the map the statement returned for its object. */
    static Function<Object, Object> value(String type, String field, SourceTexts texts) {
        return switch (type + "." + field) {
            case "Money.baht" -> money -> baht(money);
            case "Money.millionBaht" -> money -> BigDecimal.valueOf(baht(money)).movePointLeft(6)
                    .stripTrailingZeros().toPlainString();
            case "Citation.text" -> source -> {
                Map<?, ?> citation = (Map<?, ?>) source;
                return texts.line((String) citation.get("__source"), ((Number) citation.get("__line")).intValue());
            };
            default -> field.equals("cursor") ? source -> {
                Map<?, ?> edge = (Map<?, ?>) source;
                return new KeysetCursor(edge.get("__key"), (String) edge.get("__id")).encode();
            } : source -> ((Map<?, ?>) source).get(ConnectionPage.PAGE_INFO);
        };
    }

    private static long baht(Object money) {
        return ((Number) ((Map<?, ?>) money).get("__baht")).longValue();
    }
}
