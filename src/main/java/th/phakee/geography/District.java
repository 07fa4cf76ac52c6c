package th.phakee.geography;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A district, id its official geocode (GraphQL type {@code District}). */
public record District(String id, String nameTh, String nameEn, List<String> aliases, List<String> src) implements Cited {

    public static District from(Map<String, Object> props) {
        return new District(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "nameEn"), GraphValues.texts(props, "aliases"), GraphValues.texts(props, "src"));
    }
}
