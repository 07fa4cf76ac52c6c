package th.phakee.results;

import java.util.List;

import th.phakee.graph.KeysetPaging.Edge;
import th.phakee.graph.PageInfo;

/** A page of indicators; {@code totalCount} is counted only when asked for. */
public record IndicatorConnection(List<Edge<Indicator>> edges, PageInfo pageInfo, IndicatorFilter filter) {
}
