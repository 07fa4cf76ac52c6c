package th.phakee.agency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.geography.Province;
import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphNode;
import th.phakee.graph.GraphValues;
import th.phakee.graph.KeysetPaging;
import th.phakee.graph.Money;
import th.phakee.graph.Page;

/** Runs the agency statements of the Cypher catalog: one statement per field, batched for nested fields. */
@Component
@Transactional(readOnly = true)
class AgencyQueries {

    private static final String DIR = "queries/agency/";

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    AgencyQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Agency agency(String id) {
        return neo4j.query(cypher.get(DIR + "Query.agency")).bind(id).to("id")
                .fetchAs(Agency.class).mappedBy((t, r) -> Agency.from(r.get("agency").asMap())).one().orElse(null);
    }

    AgencyConnection agencies(AgencyFilter where, List<AgencyOrder> orderBy, Integer first, String after) {
        AgencyFilter filter = where == null ? AgencyFilter.NONE : where;
        var slice = KeysetPaging.page(neo4j, cypher.get(DIR + "Query.agencies.filter"), cypher.get(DIR + "Query.agencies.page"),
                filterParameters(filter), KeysetPaging.Order.of(orderBy, "NAME"), first, after, Agency::from, Agency::id);
        return new AgencyConnection(slice.edges(), slice.pageInfo(), filter);
    }

    int countAgencies(AgencyFilter filter) {
        return KeysetPaging.count(neo4j, cypher.get(DIR + "Query.agencies.filter"), cypher.get(DIR + "Query.agencies.count"),
                filterParameters(filter));
    }

    private static Map<String, Object> filterParameters(AgencyFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", filter.kind());
        params.put("province", filter.province());
        params.put("nameContains", filter.nameContains());
        return params;
    }

    Map<Agency, Agency> parents(List<Agency> agencies) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Agency.parent"), agencies, Agency::id, row -> {
            Map<String, Object> parent = GraphValues.map(row.get("parent"));
            return parent == null ? null : Agency.from(parent);
        }, null);
    }

    Map<Agency, List<Agency>> units(List<Agency> agencies) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Agency.units"), agencies, Agency::id,
                row -> GraphValues.maps(row.get("units")).stream().map(Agency::from).toList(), List.of());
    }

    Map<Agency, List<Partnership>> partners(List<Agency> agencies) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Agency.partners"), agencies, Agency::id,
                row -> GraphValues.maps(row.get("partners")).stream().map(Partnership::from).toList(), List.of());
    }

    Map<Agency, Province> provinces(List<Agency> agencies) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Agency.province"), agencies, Agency::id, row -> {
            Map<String, Object> province = GraphValues.map(row.get("province"));
            return province == null ? null : Province.from(province);
        }, null);
    }

    Map<Province, List<Agency>> agenciesIn(List<Province> provinces) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Province.agencies"), provinces, Province::id,
                row -> GraphValues.maps(row.get("agencies")).stream().map(Agency::from).toList(), List.of());
    }

    /**
     * Collaborators of many agencies in one statement. The arguments are the same for every agency of a request
     * (they come from the query text), so the batch is keyed by agency alone.
     */
    Map<Agency, List<Collaboration>> collaborators(List<Agency> agencies, String orderBy, Integer first) {
        Map<String, Object> arguments = Map.of("orderBy", orderBy == null ? "BUDGET" : orderBy, "first", Page.first(first));
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Agency.collaborators"), agencies, Agency::id, arguments,
                row -> GraphValues.maps(row.get("collaborators")).stream().map(AgencyQueries::collaboration).toList(),
                List.of());
    }

    private static Collaboration collaboration(Map<String, Object> row) {
        List<GraphNode> shared = GraphValues.maps(row.get("shared")).stream()
                .map(t -> GraphNode.from((String) t.get("label"), GraphValues.map(t.get("props")))).toList();
        Long budget = GraphValues.whole(row, "budget");
        return new Collaboration(Agency.from(GraphValues.map(row.get("agency"))), shared,
                GraphValues.integer(row, "count"), new Money(budget == null ? 0 : budget));
    }
}
