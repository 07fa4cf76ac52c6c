package th.phakee.planlinkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;
import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.KeysetCursor;
import th.phakee.graph.Page;
import th.phakee.graph.PageInfo;
import th.phakee.planlinkage.PlanConnection.PlanEdge;

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
        int limit = Page.first(first);
        if (orderBy != null && orderBy.size() > 1) {
            throw new InvalidRequestException("Argument 'orderBy' takes one key (ties are broken by id), not " + orderBy.size() + ".");
        }
        PlanOrder order = orderBy == null || orderBy.isEmpty() ? PlanOrder.BY_NAME : orderBy.get(0);
        KeysetCursor cursor = after == null ? null : KeysetCursor.decode(after, "after");
        String statement = cypher.get("queries/planlinkage/Query.plans.filter") + "\n"
                + cypher.get("queries/planlinkage/Query.plans.page")
                        .replace("{{CMP}}", order.descending() ? "<" : ">")
                        .replace("{{DIR}}", order.descending() ? "DESC" : "ASC");
        Map<String, Object> params = filterParameters(filter);
        params.put("orderBy", order.field());
        params.put("afterKey", cursor == null ? null : cursor.key());
        params.put("afterId", cursor == null ? null : cursor.id());
        params.put("limit", limit + 1);
        List<PlanEdge> edges = new ArrayList<>();
        neo4j.query(statement).bindAll(params).fetch().all().forEach(row -> {
            Plan plan = Plan.from(GraphValues.map(row.get("plan")));
            edges.add(new PlanEdge(new KeysetCursor(row.get("key"), plan.id()).encode(), plan));
        });
        boolean hasNext = edges.size() > limit;
        List<PlanEdge> page = hasNext ? edges.subList(0, limit) : edges;
        return new PlanConnection(List.copyOf(page), new PageInfo(hasNext, cursor != null,
                page.isEmpty() ? null : page.get(0).cursor(), page.isEmpty() ? null : page.get(page.size() - 1).cursor()),
                filter);
    }

    int countPlans(PlanFilter filter) {
        String statement = cypher.get("queries/planlinkage/Query.plans.filter") + "\n"
                + cypher.get("queries/planlinkage/Query.plans.count");
        return neo4j.query(statement).bindAll(filterParameters(filter)).fetchAs(Long.class).one().orElse(0L).intValue();
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
