package th.phakee.geography;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A tambon, id its official geocode (GraphQL type {@code Tambon}). */
public record Tambon(String id, String nameTh, String nameEn, List<String> aliases, List<String> src) implements Cited {

    public static Tambon from(Map<String, Object> props) {
        return new Tambon(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "nameEn"), GraphValues.texts(props, "aliases"), GraphValues.texts(props, "src"));
    }
}
