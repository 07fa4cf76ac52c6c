package th.phakee.graph;

import java.util.Map;

/** Any entity in the light shape graph tools take (GraphQL type {@code GraphNode}). */
public record GraphNode(String id, String label, String kind, String name, String nameEn) {

    /** From a row {@code {id, label, props}} or a map projection that carries {@code label}. */
    public static GraphNode from(String label, Map<String, Object> props) {
        Object kind = props.containsKey("level") ? props.get("level")
                : props.containsKey("kind") ? props.get("kind") : props.get("scheme");
        Object name = props.get("nameTh") != null ? props.get("nameTh")
                : props.get("title") != null ? props.get("title") : props.get("id");
        return new GraphNode(String.valueOf(props.get("id")), label, kind == null ? null : kind.toString(),
                String.valueOf(name), GraphValues.text(props, "nameEn"));
    }
}
