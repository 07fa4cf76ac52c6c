package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphNode;
import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A place a project is located in or targets (GraphQL type {@code Location}). */
public record Location(GraphNode place, String relation, Integer count, String unit, List<String> src) implements Cited {

    static Location from(Map<String, Object> row) {
        Map<String, Object> link = GraphValues.map(row.get("link"));
        return new Location(GraphNode.from((String) row.get("label"), GraphValues.map(row.get("place"))),
                (String) row.get("relation"), GraphValues.integer(link, "count"), GraphValues.text(link, "unit"),
                GraphValues.texts(link, "src"));
    }
}
