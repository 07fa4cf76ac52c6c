package th.phakee.provenance;

import java.util.Map;

import th.phakee.graph.GraphValues;

/** A source document (GraphQL type {@code Source}). */
public record Source(String id, String title, String publisher, Integer fiscalYear, String file) {

    public static Source from(Map<String, Object> props) {
        return new Source(GraphValues.text(props, "id"), GraphValues.text(props, "title"),
                GraphValues.text(props, "publisher"), GraphValues.integer(props, "fiscalYear"),
                GraphValues.text(props, "file"));
    }

    public Integer fiscalYearCE() {
        return GraphValues.commonEra(fiscalYear);
    }
}
