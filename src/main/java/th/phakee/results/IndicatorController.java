package th.phakee.results;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import th.phakee.graph.ArgumentBatching;
import th.phakee.graph.GraphNode;
import th.phakee.planlinkage.Plan;
import th.phakee.planlinkage.Project;

@Controller
class IndicatorController {

    private final IndicatorQueries queries;

    IndicatorController(IndicatorQueries queries, BatchLoaderRegistry loaders) {
        this.queries = queries;
        ArgumentBatching.<Indicator, List<Observation>>register(loaders, "Indicator.observations", queries::observations);
    }

    @QueryMapping
    Indicator indicator(@Argument String id) {
        return queries.indicator(id);
    }

    @QueryMapping
    IndicatorConnection indicators(@Argument IndicatorFilter where, @Argument List<IndicatorOrder> orderBy,
            @Argument Integer first, @Argument String after) {
        return queries.indicators(where, orderBy, first, after);
    }

    @SchemaMapping(typeName = "IndicatorConnection")
    int totalCount(IndicatorConnection connection) {
        return queries.countIndicators(connection.filter());
    }

    @BatchMapping(typeName = "Indicator")
    Map<Indicator, List<GraphNode>> measures(List<Indicator> indicators) {
        return queries.measured(indicators);
    }

    @SchemaMapping(typeName = "Indicator")
    CompletableFuture<List<Observation>> observations(Indicator indicator, @Argument String kind,
            @Argument Integer fiscalYear, @Argument String place, @Argument Boolean national, DataFetchingEnvironment env) {
        return ArgumentBatching.load(env, "Indicator.observations", indicator, kind, fiscalYear, place, national);
    }

    @BatchMapping(typeName = "Observation")
    Map<Observation, Indicator> indicator(List<Observation> observations) {
        return queries.indicatorOf(observations);
    }

    @BatchMapping(typeName = "Observation")
    Map<Observation, GraphNode> place(List<Observation> observations) {
        return queries.places(observations);
    }

    @BatchMapping(typeName = "Observation")
    Map<Observation, List<Observation>> conflictsWith(List<Observation> observations) {
        return queries.conflicts(observations);
    }

    @BatchMapping(typeName = "Plan")
    Map<Plan, List<Indicator>> indicators(List<Plan> plans) {
        return queries.indicatorsOf(plans, Plan::id);
    }

    @BatchMapping(typeName = "Project", field = "indicators")
    Map<Project, List<Indicator>> projectIndicators(List<Project> projects) {
        return queries.indicatorsOf(projects, Project::id);
    }
}
