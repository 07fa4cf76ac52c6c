package th.phakee.planlinkage;

import java.util.List;
import java.util.Map;

import th.phakee.agency.Agency;
import th.phakee.graph.GraphValues;
import th.phakee.provenance.Cited;

/** A {@code RESPONSIBLE_FOR} edge seen from the project or plan (GraphQL type {@code Responsibility}). */
public record Responsibility(Agency agency, String role, List<String> src) implements Cited {

    static Responsibility from(Map<String, Object> row) {
        Map<String, Object> link = GraphValues.map(row.get("link"));
        return new Responsibility(Agency.from(GraphValues.map(row.get("agency"))), GraphValues.text(link, "role"),
                GraphValues.texts(link, "src"));
    }
}
