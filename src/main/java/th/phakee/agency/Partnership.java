package th.phakee.agency;

import java.util.List;
import java.util.Map;

import th.phakee.graph.GraphNode;
import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A stated partnership seen from one agency (GraphQL type {@code Partnership}). */
public record Partnership(GraphNode partner, String context, Integer fiscalYear, List<String> src) implements Cited {

    static Partnership from(Map<String, Object> row) {
        Map<String, Object> link = GraphValues.map(row.get("link"));
        return new Partnership(GraphNode.from((String) row.get("label"), GraphValues.map(row.get("partner"))),
                GraphValues.text(link, "context"), GraphValues.integer(link, "fiscalYear"), GraphValues.texts(link, "src"));
    }
}
