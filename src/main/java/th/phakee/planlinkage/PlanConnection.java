package th.phakee.planlinkage;

import java.util.List;

import th.phakee.graph.KeysetPaging.Edge;
import th.phakee.graph.PageInfo;

/** A page of plans; {@code totalCount} is counted only when asked for, from the filter kept here. */
public record PlanConnection(List<Edge<Plan>> edges, PageInfo pageInfo, PlanFilter filter) {
}
