package th.phakee.planlinkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.geography.Province;
import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;
import th.phakee.graph.Money;

/** The plan-linkage fields of a province: its plans, projects, money and linkage rows, batched. */
@Component
@Transactional(readOnly = true)
class ProvinceQueries {

    private static final String DIR = "queries/planlinkage/";

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    ProvinceQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Map<Province, List<Project>> projects(List<Province> provinces) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Province.projects"), provinces, Province::id,
                row -> GraphValues.maps(row.get("projects")).stream().map(Project::from).toList(), List.of());
    }

    Map<Province, List<ProvincialLinkage>> linkages(List<Province> provinces) {
        return BatchedQuery.byId(neo4j, cypher.get(DIR + "Province.linkages"), provinces, Province::id,
                row -> GraphValues.maps(row.get("linkages")).stream().map(ProvincialLinkage::from).toList(), List.of());
    }

    /** Plans of many provinces with one level argument (the same for the whole selection). */
    Map<Province, List<Plan>> plans(List<Province> provinces, String level) {
        return withArgument(provinces, "Province.plans", "level", level,
                row -> GraphValues.maps(row.get("plans")).stream().map(Plan::from).toList(), List.of());
    }

    Map<Province, Money> budgetTotals(List<Province> provinces, Integer fiscalYear) {
        return withArgument(provinces, "Province.budgetTotal", "fiscalYear", fiscalYear,
                row -> new Money(GraphValues.whole(row, "total") == null ? 0 : GraphValues.whole(row, "total")), Money.ZERO);
    }

    private <V> Map<Province, V> withArgument(List<Province> provinces, String statement, String argument, Object value,
            Function<Map<String, Object>, V> mapper, V absent) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(argument, value);
        return BatchedQuery.byId(neo4j, cypher.get(DIR + statement), provinces, Province::id, arguments, mapper, absent);
    }
}
