package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PlanController {

    private final PlanQueries queries;

    PlanController(PlanQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Plan plan(@Argument String id) {
        return queries.plan(id);
    }

    @QueryMapping
    PlanConnection plans(@Argument PlanFilter where, @Argument List<PlanOrder> orderBy, @Argument Integer first,
            @Argument String after) {
        return queries.plans(where, orderBy, first, after);
    }

    @SchemaMapping(typeName = "PlanConnection")
    int totalCount(PlanConnection connection) {
        return queries.countPlans(connection.filter());
    }

    @BatchMapping(typeName = "Plan")
    Map<Plan, Plan> parent(List<Plan> plans) {
        return queries.parents(plans);
    }

    @BatchMapping(typeName = "Plan")
    Map<Plan, List<Plan>> children(List<Plan> plans) {
        return queries.children(plans);
    }

    @BatchMapping(typeName = "Plan")
    Map<Plan, List<PlanLink>> linksTo(List<Plan> plans) {
        return queries.links(plans, "queries/planlinkage/Plan.linksTo");
    }

    @BatchMapping(typeName = "Plan")
    Map<Plan, List<PlanLink>> linkedFrom(List<Plan> plans) {
        return queries.links(plans, "queries/planlinkage/Plan.linkedFrom");
    }
}
