package th.phakee.geography;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.BatchedQuery;
import th.phakee.graph.CypherQueries;
import th.phakee.graph.GraphValues;

@Component
@Transactional(readOnly = true)
class GeographyQueries {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    GeographyQueries(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    Province province(String id) {
        return neo4j.query(cypher.get("queries/geography/Query.province")).bind(id).to("id")
                .fetchAs(Province.class).mappedBy((t, r) -> Province.from(r.get("province").asMap())).one().orElse(null);
    }

    Province provinceByName(String name) {
        return neo4j.query(cypher.get("queries/geography/Query.provinceByName"))
                .bind(Normalizer.normalize(name.strip(), Normalizer.Form.NFC)).to("name")
                .fetchAs(Province.class).mappedBy((t, r) -> Province.from(r.get("province").asMap())).one().orElse(null);
    }

    List<Province> provinces(String region) {
        return List.copyOf(neo4j.query(cypher.get("queries/geography/Query.provinces")).bindAll(regionParameter(region))
                .fetchAs(Province.class).mappedBy((t, r) -> Province.from(r.get("province").asMap())).all());
    }

    List<Region> regions(String scheme) {
        Map<String, Object> params = new HashMap<>();
        params.put("scheme", scheme);
        return List.copyOf(neo4j.query(cypher.get("queries/geography/Query.regions")).bindAll(params)
                .fetchAs(Region.class).mappedBy((t, r) -> Region.from(r.get("region").asMap())).all());
    }

    Map<Province, List<Region>> regionsOf(List<Province> provinces) {
        return BatchedQuery.byId(neo4j, cypher.get("queries/geography/Province.regions"), provinces, Province::id,
                row -> GraphValues.maps(row.get("regions")).stream().map(Region::from).toList(), List.of());
    }

    Map<Region, List<Province>> provincesOf(List<Region> regions) {
        return BatchedQuery.byId(neo4j, cypher.get("queries/geography/Region.provinces"), regions, Region::id,
                row -> GraphValues.maps(row.get("provinces")).stream().map(Province::from).toList(), List.of());
    }

    /** The place each of these places is PART_OF, by a batched statement that returns {@code parent}. */
    <K, V> Map<K, V> parents(List<K> places, java.util.function.Function<K, String> idOf, String statement,
            java.util.function.Function<Map<String, Object>, V> from) {
        return BatchedQuery.byId(neo4j, cypher.get("queries/geography/" + statement), places, idOf,
                row -> row.get("parent") == null ? null : from.apply(GraphValues.map(row.get("parent"))), null);
    }

    private static Map<String, Object> regionParameter(String region) {
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        return params;
    }
}
