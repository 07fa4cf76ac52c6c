package th.phakee.agency;

import java.util.List;

import th.phakee.graph.KeysetPaging.Edge;
import th.phakee.graph.PageInfo;

/** A page of agencies; {@code totalCount} is counted only when asked for. */
public record AgencyConnection(List<Edge<Agency>> edges, PageInfo pageInfo, AgencyFilter filter) {
}
