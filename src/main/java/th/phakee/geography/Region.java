package th.phakee.geography;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A region of one scheme (GraphQL type {@code Region}). */
public record Region(String id, String nameTh, String nameEn, String scheme, List<String> aliases, List<String> src)
        implements Cited {

    public static Region from(Map<String, Object> props) {
        return new Region(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "nameEn"), GraphValues.text(props, "scheme"), GraphValues.texts(props, "aliases"),
                GraphValues.texts(props, "src"));
    }
}
