package th.phakee.agency;

import java.util.List;

import th.phakee.graph.GraphNode;
import th.phakee.graph.Money;

/** Another agency and what it shares with this one (GraphQL type {@code Collaboration}). */
public record Collaboration(Agency agency, List<GraphNode> shared, int count, Money budget) {
}
