package th.phakee.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.agency.Agency;
import th.phakee.geography.Province;
import th.phakee.geography.Region;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;
import th.phakee.graph.Money;
import th.phakee.graph.Page;

/**
 * One statement per summary field. Each starts with {@code Summary.scope}, which turns the region or province
 * argument into the list of province ids in scope.
 */
@Component
@Transactional(readOnly = true)
class SummaryQueries {

    private static final String DIR = "queries/summary/";

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    SummaryQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    List<LabelCount> counts(Summary summary, String field) {
        return rows(summary, field, Map.of(), row -> new LabelCount((String) row.get("key"), GraphValues.integer(row, "count")));
    }

    List<KeyedMoney> money(Summary summary, String field) {
        return rows(summary, field, Map.of(), row -> new KeyedMoney((String) row.get("key"), GraphValues.text(row, "name"),
                new Money(GraphValues.whole(row, "total")), GraphValues.integer(row, "figures")));
    }

    List<AgencyDegree> mostConnectedAgencies(Summary summary, Integer first) {
        return rows(summary, "mostConnectedAgencies", Map.of("first", Page.first(first)),
                row -> new AgencyDegree(Agency.from(GraphValues.map(row.get("agency"))), GraphValues.integer(row, "degree")));
    }

    int count(Summary summary, String field) {
        return rows(summary, field, Map.of(), row -> GraphValues.integer(row, "count")).get(0);
    }

    Region region(String id) {
        return id == null ? null : place(id).map(Region::from).orElse(null);
    }

    Province province(String id) {
        return id == null ? null : place(id).map(Province::from).orElse(null);
    }

    private java.util.Optional<Map<String, Object>> place(String id) {
        return neo4j.query(cypher.get(DIR + "Summary.place")).bind(id).to("id").fetch().one()
                .map(row -> GraphValues.map(row.get("props")));
    }

    private <T> List<T> rows(Summary summary, String field, Map<String, Object> extra, Function<Map<String, Object>, T> mapper) {
        Map<String, Object> params = new HashMap<>(extra);
        params.put("fiscalYear", summary.fiscalYear());
        params.put("region", summary.regionId());
        params.put("province", summary.provinceId());
        String statement = cypher.get(DIR + "Summary.scope") + "\n" + cypher.get(DIR + "Summary." + field);
        return neo4j.query(statement).bindAll(params).fetch().all().stream().map(mapper).toList();
    }
}
