package th.phakee.planlinkage;

import java.util.List;

import th.phakee.graph.GraphNode;

/** Nodes and edges (GraphQL type {@code Subgraph}). */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges) {
}
