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
        return byId(neo4j, statement, parents, idOf, Map.of(), value, absent);
    }

    /** The same, with the field's arguments as further parameters (the same for every parent of the batch). */
    public static <K, V> Map<K, V> byId(Neo4jClient neo4j, String statement, List<K> parents, Function<K, String> idOf,
            Map<String, Object> arguments, Function<Map<String, Object>, V> value, V absent) {
        Map<String, Object> params = new HashMap<>(arguments);
        params.put("ids", parents.stream().map(idOf).distinct().toList());
        Map<String, V> byId = new HashMap<>();
        neo4j.query(statement).bindAll(params).fetch().all()
                .forEach(row -> byId.put((String) row.get("id"), value.apply(row)));
        Map<K, V> result = new LinkedHashMap<>();
        parents.forEach(parent -> result.put(parent, byId.getOrDefault(idOf.apply(parent), absent)));
        return result;
    }
}
