package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A funded project or budgeted activity (GraphQL type {@code Project}). */
public record Project(String id, String nameTh, String nameEn, String kind, Integer fiscalYear, List<String> aliases,
        List<String> src, String updatedAt, String updatedBy) implements Cited {

    public static Project from(Map<String, Object> props) {
        return new Project(GraphValues.text(props, "id"), GraphValues.text(props, "nameTh"),
                GraphValues.text(props, "nameEn"), GraphValues.text(props, "kind"), GraphValues.integer(props, "fiscalYear"),
                GraphValues.texts(props, "aliases"), GraphValues.texts(props, "src"), GraphValues.text(props, "updatedAt"), GraphValues.text(props, "updatedBy"));
    }

    public Integer fiscalYearCE() {
        return GraphValues.commonEra(fiscalYear);
    }
}
