package th.phakee.planlinkage;

import java.util.List;

import th.phakee.graph.GraphNode;

/** A path between two entities (GraphQL type {@code Path}). */
public record LinkPath(List<GraphNode> nodes, List<GraphEdge> edges, int length) {
}
