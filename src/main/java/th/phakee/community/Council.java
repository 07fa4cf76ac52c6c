package th.phakee.community;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A community organisation council (GraphQL type {@code Council}). */
public record Council(String id, String nameTh, Integer establishedFY, List<String> aliases, List<String> src)
        implements Cited {

    public static Council from(Map<String, Object> props) {
        return new Council(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.integer(props, "establishedFY"), GraphValues.texts(props, "aliases"),
                GraphValues.texts(props, "src"));
    }
}
