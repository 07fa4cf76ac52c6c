package th.phakee.planlinkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;
import th.phakee.graph.KeysetPaging;

/** Runs the plan-linkage statements of the Cypher catalog: one statement per field, batched for nested fields. */
@Component
@Transactional(readOnly = true)
class PlanQueries {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    PlanQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Plan plan(String id) {
        return neo4j.query(cypher.get("queries/planlinkage/Query.plan")).bind(id).to("id")
                .fetchAs(Plan.class).mappedBy((t, r) -> Plan.from(r.get("plan").asMap())).one().orElse(null);
    }

    PlanConnection plans(PlanFilter where, List<PlanOrder> orderBy, Integer first, String after) {
        PlanFilter filter = where == null ? PlanFilter.NONE : where;
        var slice = KeysetPaging.page(neo4j, cypher.get("queries/planlinkage/Query.plans.filter"),
                cypher.get("queries/planlinkage/Query.plans.page"), filterParameters(filter),
                KeysetPaging.Order.of(orderBy, "NAME"), first, after, Plan::from, Plan::id);
        return new PlanConnection(slice.edges(), slice.pageInfo(), filter);
    }

    int countPlans(PlanFilter filter) {
        return KeysetPaging.count(neo4j, cypher.get("queries/planlinkage/Query.plans.filter"),
                cypher.get("queries/planlinkage/Query.plans.count"), filterParameters(filter));
    }

    private static Map<String, Object> filterParameters(PlanFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("level", filter.level());
        params.put("nameContains", filter.nameContains());
        params.put("linkedTo", filter.linkedTo());
        params.put("fiscalYear", filter.fiscalYear());
        return params;
    }

    Map<Plan, Plan> parents(List<Plan> plans) {
        return BatchedQuery.byId(neo4j, cypher.get("queries/planlinkage/Plan.parent"), plans, Plan::id, row -> {
            Map<String, Object> parent = GraphValues.map(row.get("parent"));
            return parent == null ? null : Plan.from(parent);
        }, null);
    }

    Map<Plan, List<Plan>> children(List<Plan> plans) {
        return BatchedQuery.byId(neo4j, cypher.get("queries/planlinkage/Plan.children"), plans, Plan::id,
                row -> GraphValues.maps(row.get("children")).stream().map(Plan::from).toList(), List.of());
    }

    Map<Plan, List<PlanLink>> links(List<Plan> plans, String statement) {
        return BatchedQuery.byId(neo4j, cypher.get(statement), plans, Plan::id,
                row -> GraphValues.maps(row.get("links")).stream().map(PlanLink::from).toList(), List.of());
    }
}
