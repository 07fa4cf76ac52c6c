package th.phakee.agency;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import th.phakee.geography.Province;

@Controller
class AgencyController {

    private final AgencyQueries queries;

    AgencyController(AgencyQueries queries, BatchLoaderRegistry loaders) {
        this.queries = queries;
        // collaborators takes arguments, which @BatchMapping cannot: a loader keyed by agency and arguments, one
        // statement per distinct set of arguments in the request (fixed by the query text, not by the result size)
        loaders.forTypePair(CollaboratorsKey.class, List.class).withName("Agency.collaborators")
                .registerMappedBatchLoader((keys, env) -> reactor.core.publisher.Mono.fromSupplier(() -> {
                    Map<CollaboratorsKey, List> result = new java.util.HashMap<>();
                    keys.stream().collect(java.util.stream.Collectors.groupingBy(k -> List.of(String.valueOf(k.orderBy()),
                            String.valueOf(k.first())))).values().forEach(group -> {
                                var byAgency = queries.collaborators(group.stream().map(CollaboratorsKey::agency).toList(),
                                        group.get(0).orderBy(), group.get(0).first());
                                group.forEach(k -> result.put(k, byAgency.get(k.agency())));
                            });
                    return result;
                }));
    }

    /** An agency with the collaborators arguments of one field selection. */
    record CollaboratorsKey(Agency agency, String orderBy, Integer first) {
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

    @SchemaMapping(typeName = "Agency")
    CompletableFuture<List<Collaboration>> collaborators(Agency agency, @Argument String orderBy, @Argument Integer first,
            DataFetchingEnvironment env) {
        DataLoader<CollaboratorsKey, List<Collaboration>> loader = env.getDataLoader("Agency.collaborators");
        return loader.load(new CollaboratorsKey(agency, orderBy, first));
    }
}
