package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import th.phakee.agency.Agency;
import th.phakee.graph.GraphValues;
import th.phakee.graph.Money;
import th.phakee.provenance.Cited;

/**
 * One row of a province's plan linkage (GraphQL type {@code ProvincialLinkage}): community strategy → via agency →
 * provincial strategy and plan → projects with budgets.
 */
public record ProvincialLinkage(Plan communityStrategy, Agency via, Plan provincialStrategy, Plan provincialPlan,
        List<Project> projects, Money budget, List<String> src) implements Cited {

    static ProvincialLinkage from(Map<String, Object> row) {
        Map<String, Object> via = GraphValues.map(row.get("via"));
        Map<String, Object> strategy = GraphValues.map(row.get("provincialStrategy"));
        Map<String, Object> plan = GraphValues.map(row.get("provincialPlan"));
        Map<String, Object> link = GraphValues.map(row.get("link"));
        Long budget = GraphValues.whole(row, "budget");
        return new ProvincialLinkage(Plan.from(GraphValues.map(row.get("communityStrategy"))),
                via == null ? null : Agency.from(via), strategy == null ? null : Plan.from(strategy),
                plan == null ? null : Plan.from(plan),
                GraphValues.maps(row.get("projects")).stream().map(Project::from).toList(),
                new Money(budget == null ? 0 : budget), link == null ? List.of() : GraphValues.texts(link, "src"));
    }
}
