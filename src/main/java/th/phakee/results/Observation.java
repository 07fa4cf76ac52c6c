package th.phakee.results;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/**
 * One figure of an indicator (GraphQL type {@code Observation}). The value is the exact decimal text the graph
 * keeps beside the number ({@code valueExact}), so 15,503,158,822.23 baht is never rounded on the way out.
 */
public record Observation(String id, String value, String unit, String kind, Integer fiscalYear, Integer quarter,
        String asOf, String note, List<String> src, String updatedAt, String updatedBy) implements Cited {

    public static Observation from(Map<String, Object> props) {
        String exact = GraphValues.text(props, "valueExact");
        return new Observation(GraphValues.text(props, "id"), exact != null ? exact : GraphValues.text(props, "value"),
                GraphValues.text(props, "unit"), GraphValues.text(props, "kind"), GraphValues.integer(props, "fiscalYear"),
                GraphValues.integer(props, "quarter"), GraphValues.text(props, "asOf"), GraphValues.text(props, "note"),
                GraphValues.texts(props, "src"), GraphValues.text(props, "updatedAt"), GraphValues.text(props, "updatedBy"));
    }

    public Integer fiscalYearCE() {
        return GraphValues.commonEra(fiscalYear);
    }
}
