package th.phakee.agency;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** An organisation of any kind (GraphQL type {@code Agency}). */
public record Agency(String id, String nameTh, String nameEn, String abbr, String kind, List<String> aliases,
        List<String> src, String updatedAt, String updatedBy) implements Cited {

    public static Agency from(Map<String, Object> props) {
        return new Agency(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "nameEn"), GraphValues.text(props, "abbr"), GraphValues.text(props, "kind"),
                GraphValues.texts(props, "aliases"), GraphValues.texts(props, "src"), GraphValues.text(props, "updatedAt"), GraphValues.text(props, "updatedBy"));
    }
}
