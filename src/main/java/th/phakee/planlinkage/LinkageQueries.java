package th.phakee.planlinkage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphNode;
import th.phakee.graph.GraphValues;
import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.Page;

/** Walks the plan linkage: subgraphs, shortest paths between entities, and budget roll-ups. */
@Component
@Transactional(readOnly = true)
class LinkageQueries {

    private static final String DIR = "queries/planlinkage/";

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    LinkageQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Subgraph linkage(String from, String direction, Integer maxDepth, Integer fiscalYear) {
        int depth = bounded("maxDepth", maxDepth == null ? 4 : maxDepth, 8);
        String way = direction == null ? "BOTH" : direction;
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("up", !way.equals("DOWN"));
        params.put("down", !way.equals("UP"));
        params.put("maxDepth", depth);
        params.put("fiscalYear", fiscalYear);
        return neo4j.query(cypher.get(DIR + "Query.linkage")).bindAll(params).fetch().one()
                .map(row -> new Subgraph(nodes(row.get("nodes")), edges(row.get("edges"))))
                .orElseThrow(() -> notFound(from));
    }

    List<LinkPath> linkPaths(String from, String to, Integer maxLength, Integer first) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        params.put("maxLength", bounded("maxLength", maxLength == null ? 6 : maxLength, 10));
        params.put("first", Page.first(first));
        return neo4j.query(cypher.get(DIR + "Query.linkPaths")).bindAll(params).fetch().all().stream()
                .map(row -> new LinkPath(nodes(row.get("nodes")), edges(row.get("edges")),
                        GraphValues.integer(row, "length")))
                .toList();
    }

    BudgetRollup budgetRollup(String planId, Integer fiscalYear, String source) {
        Map<String, Object> params = new HashMap<>();
        params.put("plan", planId);
        params.put("fiscalYear", fiscalYear);
        params.put("source", source);
        Map<String, PlanRollup.Member> members = new LinkedHashMap<>();
        Plan[] plan = new Plan[1];
        neo4j.query(cypher.get(DIR + "Query.budgetRollup")).bindAll(params).fetch().all().forEach(row -> {
            Map<String, Object> props = GraphValues.map(row.get("props"));
            String id = (String) row.get("id");
            if (id.equals(planId)) {
                plan[0] = Plan.from(props);
            }
            List<Map<String, Object>> budgets = GraphValues.maps(row.get("budgets"));
            Map<String, List<String>> partOf = new HashMap<>();
            Map<String, List<String>> conflictsWith = new HashMap<>();
            budgets.forEach(b -> {
                partOf.put((String) b.get("id"), GraphValues.texts(b, "partOf"));
                conflictsWith.put((String) b.get("id"), GraphValues.texts(b, "conflictsWith"));
            });
            members.put(id, new PlanRollup.Member(GraphNode.from((String) row.get("label"), props),
                    GraphValues.texts(row, "parents"), budgets.stream().map(Budget::from).toList(), partOf, conflictsWith));
        });
        if (plan[0] == null) {
            throw new InvalidRequestException("No plan with id \"" + planId + "\"; find plans with plans(where:) or search.");
        }
        return new PlanRollup(members).rollUp(plan[0]);
    }

    private static List<GraphNode> nodes(Object rows) {
        return GraphValues.maps(rows).stream()
                .map(n -> GraphNode.from((String) n.get("label"), GraphValues.map(n.get("props")))).toList();
    }

    private static List<GraphEdge> edges(Object rows) {
        return GraphValues.maps(rows).stream().map(GraphEdge::from).toList();
    }

    private static int bounded(String argument, int value, int max) {
        if (value < 1 || value > max) {
            throw new InvalidRequestException("Argument '" + argument + "' must be between 1 and " + max + ", not " + value + ".");
        }
        return value;
    }

    private static InvalidRequestException notFound(String id) {
        return new InvalidRequestException("No entity with id \"" + id + "\"; find ids with search(text:).");
    }
}
