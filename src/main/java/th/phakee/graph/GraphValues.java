package th.phakee.graph;

import java.util.List;
import java.util.Map;

/** Typed reads from the maps that Cypher map projections return. */
public final class GraphValues {

    private GraphValues() {
    }

    public static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    public static Integer integer(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number n ? n.intValue() : null;
    }

    public static Long whole(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number n ? n.longValue() : null;
    }

    public static boolean bool(Map<String, Object> map, String key, boolean absent) {
        return map.get(key) instanceof Boolean b ? b : absent;
    }

    public static List<String> texts(Map<String, Object> map, String key) {
        return map.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value == null ? null : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** A Buddhist Era year as Common Era (2567 → 2024). */
    public static Integer commonEra(Integer buddhistEra) {
        return buddhistEra == null ? null : buddhistEra - 543;
    }
}
