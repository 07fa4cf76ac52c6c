package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.graph.Money;
import th.phakee.provenance.Cited;

/** One budget figure (GraphQL type {@code Budget}). */
public record Budget(String id, long amountBaht, int fiscalYear, String source, String status, String category,
        String note, List<String> src, String updatedAt, String updatedBy) implements Cited {

    public static Budget from(Map<String, Object> props) {
        return new Budget(GraphValues.text(props, "id"), GraphValues.whole(props, "amountBaht"),
                GraphValues.integer(props, "fiscalYear"), GraphValues.text(props, "source"),
                GraphValues.text(props, "status"), GraphValues.text(props, "category"), GraphValues.text(props, "note"),
                GraphValues.texts(props, "src"), GraphValues.text(props, "updatedAt"), GraphValues.text(props, "updatedBy"));
    }

    public Money amount() {
        return new Money(amountBaht);
    }

    public int fiscalYearCE() {
        return fiscalYear - 543;
    }
}
