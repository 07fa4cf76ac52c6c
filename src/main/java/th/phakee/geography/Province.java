package th.phakee.geography;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** One of the 77 provinces (GraphQL type {@code Province}); id is its ISO 3166-2 code. */
public record Province(String id, String nameTh, String nameEn, List<String> aliases, List<String> src) implements Cited {

    public static Province from(Map<String, Object> props) {
        return new Province(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "nameEn"), GraphValues.texts(props, "aliases"), GraphValues.texts(props, "src"));
    }
}
