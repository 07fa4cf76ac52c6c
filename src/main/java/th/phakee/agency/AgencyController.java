package th.phakee.agency;

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

import th.phakee.geography.Province;
import th.phakee.graph.ArgumentBatching;

@Controller
class AgencyController {

    private final AgencyQueries queries;

    AgencyController(AgencyQueries queries, BatchLoaderRegistry loaders) {
        this.queries = queries;
        ArgumentBatching.<Agency, List<Collaboration>>register(loaders, "Agency.collaborators",
                (agencies, arguments) -> queries.collaborators(agencies, (String) arguments.get(0), (Integer) arguments.get(1)));
    }

    @QueryMapping
    Agency agency(@Argument String id) {
        return queries.agency(id);
    }

    @QueryMapping
    AgencyConnection agencies(@Argument AgencyFilter where, @Argument List<AgencyOrder> orderBy, @Argument Integer first,
            @Argument String after) {
        return queries.agencies(where, orderBy, first, after);
    }

    @SchemaMapping(typeName = "AgencyConnection")
    int totalCount(AgencyConnection connection) {
        return queries.countAgencies(connection.filter());
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, Agency> parent(List<Agency> agencies) {
        return queries.parents(agencies);
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, List<Agency>> units(List<Agency> agencies) {
        return queries.units(agencies);
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, List<Partnership>> partners(List<Agency> agencies) {
        return queries.partners(agencies);
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, Province> province(List<Agency> agencies) {
        return queries.provinces(agencies);
    }

    @BatchMapping(typeName = "Province")
    Map<Province, List<Agency>> agencies(List<Province> provinces) {
        return queries.agenciesIn(provinces);
    }

    @SchemaMapping(typeName = "Agency")
    CompletableFuture<List<Collaboration>> collaborators(Agency agency, @Argument String orderBy, @Argument Integer first,
            DataFetchingEnvironment env) {
        return ArgumentBatching.load(env, "Agency.collaborators", agency, orderBy, first);
    }
}
