package th.phakee.planlinkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A relationship as graph tools take it (GraphQL type {@code GraphEdge}). */
public record GraphEdge(String from, String to, String type, String role, String via, boolean stated,
        List<String> src, List<Property> properties) implements Cited {

    private static final Set<String> NAMED = Set.of("role", "via", "stated", "src");

    /** Any other property, as text. */
    public record Property(String key, String value) {
    }

    public static GraphEdge from(Map<String, Object> row) {
        Map<String, Object> props = GraphValues.map(row.get("props"));
        List<Property> others = new ArrayList<>();
        new TreeMap<>(props).forEach((key, value) -> {
            if (!NAMED.contains(key) && value != null) {
                others.add(new Property(key, String.valueOf(value)));
            }
        });
        return new GraphEdge((String) row.get("from"), (String) row.get("to"), (String) row.get("type"),
                GraphValues.text(props, "role"), GraphValues.text(props, "via"), GraphValues.bool(props, "stated", true),
                GraphValues.texts(props, "src"), others);
    }
}
