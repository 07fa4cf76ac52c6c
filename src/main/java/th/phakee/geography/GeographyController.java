package th.phakee.geography;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class GeographyController {

    private final GeographyQueries queries;

    GeographyController(GeographyQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    Province province(@Argument String id) {
        return queries.province(id);
    }

    @QueryMapping
    Province provinceByName(@Argument String nameTh) {
        return queries.provinceByName(nameTh);
    }

    @QueryMapping
    List<Province> provinces(@Argument String region) {
        return queries.provinces(region);
    }

    @QueryMapping
    List<Region> regions(@Argument String scheme) {
        return queries.regions(scheme);
    }

    @BatchMapping(typeName = "Province")
    Map<Province, List<Region>> regions(List<Province> provinces) {
        return queries.regionsOf(provinces);
    }

    /** One scheme's region, picked from the batched {@code regions}; no query of its own. */
    @SchemaMapping(typeName = "Province")
    java.util.concurrent.CompletableFuture<Region> region(Province province, @Argument String scheme,
            graphql.schema.DataFetchingEnvironment environment) {
        org.dataloader.DataLoader<Province, List<Region>> regions = environment.getDataLoader("Province.regions");
        return regions.load(province).thenApply(all -> all.stream()
                .filter(r -> r.scheme().equals(scheme)).findFirst().orElse(null));
    }

    @BatchMapping(typeName = "Region")
    Map<Region, List<Province>> provinces(List<Region> regions) {
        return queries.provincesOf(regions);
    }

    @BatchMapping(typeName = "District")
    Map<District, Province> province(List<District> districts) {
        return queries.parents(districts, District::id, "District.province", Province::from);
    }

    @BatchMapping(typeName = "Tambon")
    Map<Tambon, District> district(List<Tambon> tambons) {
        return queries.parents(tambons, Tambon::id, "Tambon.district", District::from);
    }
}
