package th.phakee.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;
import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.Page;

@Component
@Transactional(readOnly = true)
class SearchQueries {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    SearchQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Object node(String id) {
        return neo4j.query(cypher.get("queries/search/Query.node")).bind(id).to("id").fetch().one()
                .map(row -> Entities.of((String) row.get("label"), GraphValues.map(row.get("props"))))
                .orElse(null);
    }

    /** {@code types}: the EntityType values to search (all of them when the caller named none). */
    List<SearchHit> search(String text, List<String> types, Integer first) {
        String query = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFC);
        if (query.isEmpty()) {
            throw new InvalidRequestException("Argument 'text' is empty; give a word or a name to search for.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("lucene", LuceneQuery.of(query));
        params.put("text", query.toLowerCase(Locale.ROOT));
        // always a list: nodes the API has no type for (budgets, observations) must not take places in the page
        params.put("labels", types.stream().map(SearchQueries::label).toList());
        params.put("first", Page.first(first));
        return neo4j.query(cypher.get("queries/search/Query.search")).bindAll(params).fetch().all().stream()
                .map(row -> {
                    String label = (String) row.get("label");
                    Map<String, Object> props = GraphValues.map(row.get("props"));
                    Object node = Entities.of(label, props);
                    return node == null ? null : new SearchHit(node, label.toUpperCase(Locale.ROOT),
                            Entities.name(props), ((Number) row.get("score")).doubleValue());
                })
                .filter(Objects::nonNull)
                .toList();
    }

    /** EntityType (PLAN) to label (Plan). */
    private static String label(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }
}
