package th.phakee.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs a batched statement for a nested field: one round trip for all parents of a request, with their ids as
 * {@code $ids}; each result row carries {@code id} and the value for that parent.
 */
public final class BatchedQuery {

    private BatchedQuery() {
    }

    /** The value for each parent; {@code absent} for a parent the statement returned no row for. */
    public static <K, V> Map<K, V> byId(Neo4jClient neo4j, String statement, List<K> parents, Function<K, String> idOf,
            Function<Map<String, Object>, V> value, V absent) {
        Map<String, V> byId = new HashMap<>();
        neo4j.query(statement).bind(parents.stream().map(idOf).distinct().toList()).to("ids").fetch().all()
                .forEach(row -> byId.put((String) row.get("id"), value.apply(row)));
        Map<K, V> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, byId.getOrDefault(idOf.apply(parent), absent)));
        return result;
    }
}
