package th.phakee.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphNode;
import th.phakee.graph.GraphValues;
import th.phakee.graph.KeysetPaging;

/** Runs the results statements of the Cypher catalog: one statement per field, batched for nested fields. */
@Component
@Transactional(readOnly = true)
class IndicatorQueries {

    private static final String DIR = "queries/results/";

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    IndicatorQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Indicator indicator(String id) {
        return neo4j.query(cypher.get(DIR + "Query.indicator")).bind(id).to("id").fetchAs(Indicator.class)
                .mappedBy((t, r) -> Indicator.from(r.get("indicator").asMap())).one().orElse(null);
    }

    IndicatorConnection indicators(IndicatorFilter where, List<IndicatorOrder> orderBy, Integer first, String after) {
        IndicatorFilter filter = where == null ? IndicatorFilter.NONE : where;
        var slice = KeysetPaging.page(neo4j, cypher.get(DIR + "Query.indicators.filter"),
                cypher.get(DIR + "Query.indicators.page"), filterParameters(filter), KeysetPaging.Order.of(orderBy, "NAME"),
                first, after, Indicator::from, Indicator::id);
        return new IndicatorConnection(slice.edges(), slice.pageInfo(), filter);
    }

    int countIndicators(IndicatorFilter filter) {
        return KeysetPaging.count(neo4j, cypher.get(DIR + "Query.indicators.filter"),
                cypher.get(DIR + "Query.indicators.count"), filterParameters(filter));
    }

    private static Map<String, Object> filterParameters(IndicatorFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("nameContains", filter.nameContains());
        params.put("measures", filter.measures());
        params.put("place", filter.place());
        params.put("fiscalYear", filter.fiscalYear());
        return params;
    }

    /** Indicators of plans or projects (anything with an id that indicators measure). */
    <P> Map<P, List<Indicator>> indicatorsOf(List<P> measured, Function<P, String> idOf) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Plan.indicators"), measured, idOf,
                row -> GraphValues.maps(row.get("indicators")).stream().map(Indicator::from).toList(), List.of());
    }

    Map<Indicator, List<GraphNode>> measured(List<Indicator> indicators) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Indicator.measures"), indicators, Indicator::id,
                row -> GraphValues.maps(row.get("measured")).stream().filter(m -> m.get("props") != null)
                        .map(m -> GraphNode.from((String) m.get("label"), GraphValues.map(m.get("props")))).toList(),
                List.of());
    }

    /** Observations of many indicators with the same arguments (they come from the query text). */
    Map<Indicator, List<Observation>> observations(List<Indicator> indicators, List<Object> arguments) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", arguments.get(0));
        params.put("fiscalYear", arguments.get(1));
        params.put("place", arguments.get(2));
        params.put("national", arguments.get(3));
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Indicator.observations"), indicators, Indicator::id, params,
                row -> GraphValues.maps(row.get("observations")).stream().map(Observation::from).toList(), List.of());
    }

    Map<Observation, Indicator> indicatorOf(List<Observation> observations) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Observation.indicator"), observations, Observation::id,
                row -> Indicator.from(GraphValues.map(row.get("indicator"))), null);
    }

    Map<Observation, GraphNode> places(List<Observation> observations) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Observation.place"), observations, Observation::id,
                row -> GraphNode.from((String) row.get("label"), GraphValues.map(row.get("props"))), null);
    }

    Map<Observation, List<Observation>> conflicts(List<Observation> observations) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Observation.conflictsWith"), observations, Observation::id,
                row -> GraphValues.maps(row.get("conflicts")).stream().map(Observation::from).toList(), List.of());
    }
}
