package th.phakee.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One page of a Relay connection with keyset cursors. A connection's Cypher comes in three catalog files: the
 * filter ({@code MATCH … WHERE …}), the page (computes {@code key} from
 * {@code $orderBy}, keeps rows after {@code $afterKey}/{@code $afterId}, returns {@code node} and {@code key}) and
 * the count. The page statement's {@code {{CMP}}} and {@code {{DIR}}} are the only text ever substituted, and only
 * from the direction enum.
 */
public final class KeysetPaging {

    /** A sort key of the connection's order enum and its direction. */
    public record Order(String field, boolean descending) {

        public static Order of(List<? extends Ordering> orderBy, String defaultField) {
            if (orderBy != null && orderBy.size() > 1) {
                throw new InvalidRequestException("Argument 'orderBy' takes one key (ties are broken by id), not "
                        + orderBy.size() + ".");
            }
            return orderBy == null || orderBy.isEmpty() ? new Order(defaultField, false)
                    : new Order(orderBy.get(0).field(), "DESC".equals(orderBy.get(0).direction()));
        }
    }

    /** A GraphQL order input: {@code field} and {@code direction}. */
    public interface Ordering {
        String field();

        String direction();
    }

    public record Edge<T>(String cursor, T node) {
    }

    public record Slice<T>(List<Edge<T>> edges, PageInfo pageInfo) {
    }

    private KeysetPaging() {
    }

    public static <T> Slice<T> page(Neo4jClient neo4j, String filter, String page, Map<String, Object> filterParameters,
            Order order, Integer first, String after, Function<Map<String, Object>, T> mapper, Function<T, String> idOf) {
        int limit = Page.first(first);
        KeysetCursor cursor = after == null ? null : KeysetCursor.decode(after, "after");
        String statement = filter + "\n" + page.replace("{{CMP}}", order.descending() ? "<" : ">")
                .replace("{{DIR}}", order.descending() ? "DESC" : "ASC");
        Map<String, Object> params = new HashMap<>(filterParameters);
        params.put("orderBy", order.field());
        params.put("afterKey", cursor == null ? null : cursor.key());
        params.put("afterId", cursor == null ? null : cursor.id());
        params.put("limit", limit + 1);
        List<Edge<T>> edges = new ArrayList<>();
        neo4j.query(statement).bindAll(params).fetch().all().forEach(row -> {
            T node = mapper.apply(GraphValues.map(row.get("node")));
            edges.add(new Edge<>(new KeysetCursor(row.get("key"), idOf.apply(node)).encode(), node));
        });
        boolean hasNext = edges.size() > limit;
        List<Edge<T>> shown = List.copyOf(hasNext ? edges.subList(0, limit) : edges);
        return new Slice<>(shown, new PageInfo(hasNext, cursor != null, shown.isEmpty() ? null : shown.get(0).cursor(),
                shown.isEmpty() ? null : shown.get(shown.size() - 1).cursor()));
    }

    public static int count(Neo4jClient neo4j, String filter, String count, Map<String, Object> filterParameters) {
        return neo4j.query(filter + "\n" + count).bindAll(filterParameters).fetchAs(Long.class).one().orElse(0L).intValue();
    }
}
