package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A plan element of any level (GraphQL type {@code Plan}). */
public record Plan(String id, String nameTh, String nameEn, String level, String code, Integer startFY,
        Integer endFY, List<String> aliases, List<String> src, String updatedAt, String updatedBy) implements Cited {

    public static Plan from(Map<String, Object> props) {
        return new Plan(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "nameEn"), GraphValues.text(props, "level"), GraphValues.text(props, "code"),
                GraphValues.integer(props, "startFY"), GraphValues.integer(props, "endFY"),
                GraphValues.texts(props, "aliases"), GraphValues.texts(props, "src"), GraphValues.text(props, "updatedAt"), GraphValues.text(props, "updatedBy"));
    }

    public Integer startFYCE() {
        return GraphValues.commonEra(startFY);
    }

    public Integer endFYCE() {
        return GraphValues.commonEra(endFY);
    }
}
