package th.phakee.planlinkage;

import java.util.List;

import th.phakee.graph.KeysetPaging.Edge;
import th.phakee.graph.PageInfo;

/** A page of projects; {@code totalCount} is counted only when asked for. */
public record ProjectConnection(List<Edge<Project>> edges, PageInfo pageInfo, ProjectFilter filter) {
}
