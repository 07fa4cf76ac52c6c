package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A {@code LINKS_TO} edge seen from one end: the plan at the other end and the edge's properties. */
public record PlanLink(Plan plan, String role, String via, boolean stated, List<String> src) implements Cited {

    static PlanLink from(Map<String, Object> row) {
        Map<String, Object> link = GraphValues.map(row.get("link"));
        return new PlanLink(Plan.from(GraphValues.map(row.get("plan"))), GraphValues.text(link, "role"),
                GraphValues.text(link, "via"), GraphValues.bool(link, "stated", true), GraphValues.texts(link, "src"));
    }
}
