package th.phakee.results;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A KPI (GraphQL type {@code Indicator}). */
public record Indicator(String id, String nameTh, String unit, List<String> src, String updatedAt, String updatedBy)
        implements Cited {

    public static Indicator from(Map<String, Object> props) {
        return new Indicator(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "unit"), GraphValues.texts(props, "src"), GraphValues.text(props, "updatedAt"),
                GraphValues.text(props, "updatedBy"));
    }
}
