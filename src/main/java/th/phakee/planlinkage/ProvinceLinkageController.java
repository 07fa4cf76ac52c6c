package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import th.phakee.geography.Province;
import th.phakee.graph.ArgumentBatching;
import th.phakee.graph.Money;

/** A province's plans, projects, money and linkage rows. */
@Controller
class ProvinceLinkageController {

    private final ProvinceQueries queries;

    ProvinceLinkageController(ProvinceQueries queries, BatchLoaderRegistry loaders) {
        this.queries = queries;
        ArgumentBatching.<Province, List<Plan>>register(loaders, "Province.plans",
                (provinces, arguments) -> queries.plans(provinces, (String) arguments.get(0)));
        ArgumentBatching.<Province, Money>register(loaders, "Province.budgetTotal",
                (provinces, arguments) -> queries.budgetTotals(provinces, (Integer) arguments.get(0)));
    }

    @SchemaMapping(typeName = "Province")
    CompletableFuture<List<Plan>> plans(Province province, @Argument String level, DataFetchingEnvironment env) {
        return ArgumentBatching.load(env, "Province.plans", province, level);
    }

    @SchemaMapping(typeName = "Province")
    CompletableFuture<Money> budgetTotal(Province province, @Argument Integer fiscalYear, DataFetchingEnvironment env) {
        return ArgumentBatching.load(env, "Province.budgetTotal", province, fiscalYear);
    }

    @BatchMapping(typeName = "Province")
    Map<Province, List<Project>> projects(List<Province> provinces) {
        return queries.projects(provinces);
    }

    @BatchMapping(typeName = "Province")
    Map<Province, List<ProvincialLinkage>> linkages(List<Province> provinces) {
        return queries.linkages(provinces);
    }
}
