package th.phakee.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;

import th.phakee.graph.KeysetCursor;
import th.phakee.graph.PageInfo;

/**
 * The last step of a keyset page: the statement fetched one row more than asked for, which says whether there is
 * a next page; that row is dropped, and the page information is added.
 */
final class ConnectionPage {

    /** Where the page information waits in the connection's map for its Java field. */
    static final String PAGE_INFO = "__pageInfo";

    private ConnectionPage() {
    }

    /** A page as graphql-java reads it (a map); its class name ends in Connection so Spring for GraphQL lets it be. */
    static final class KeysetConnection extends LinkedHashMap<String, Object> {
        KeysetConnection(Map<String, Object> data) {
            super(data);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> finish(Map<String, Object> data, ReadCompiler.Connection connection) {
        Map<String, Object> page = new KeysetConnection(data);
        List<Map<String, Object>> fetched = (List<Map<String, Object>>) data.getOrDefault("__edges", List.of());
        boolean hasNext = fetched.size() > connection.first();
        List<Map<String, Object>> shown = new ArrayList<>(hasNext ? fetched.subList(0, connection.first()) : fetched);
        List<SelectedField> edgesFields = connection.selection().stream().filter(f -> f.getName().equals("edges")).toList();
        for (int i = 0; i < edgesFields.size(); i++) {
            SelectedField edges = edgesFields.get(i);
            if (edgesFields.size() == 1) {
                page.put(edges.getResultKey(), shown);
                continue;
            }
            // each alias of edges with its own selection: its node fields were fetched under keys of their own
            int index = i;
            page.put(edges.getResultKey(), shown.stream().map(edge -> {
                Map<String, Object> own = new LinkedHashMap<>();
                own.put("__key", edge.get("__key"));
                own.put("__id", edge.get("__id"));
                for (SelectedField field : edges.getSelectionSet().getImmediateFields()) {
                    if (field.getName().equals("node")) {
                        own.put(field.getResultKey(), edge.get(nodeKey(edgesFields.size(), index, field.getResultKey())));
                    }
                }
                return own;
            }).toList());
        }
        page.remove("__edges");
        String start = shown.isEmpty() ? null : cursor(shown.get(0));
        String end = shown.isEmpty() ? null : cursor(shown.get(shown.size() - 1));
        page.put(PAGE_INFO, new PageInfo(hasNext, connection.after(), start, end));
        return page;
    }

    /**
     * The key under which the statement returns a node field of the {@code index}-th {@code edges} field of a
     * connection: its result key when the connection is asked for its edges once, else one of that alias's own.
     */
    static String nodeKey(int edgesFields, int index, String resultKey) {
        return edgesFields == 1 ? resultKey : "__edges" + index + "_" + resultKey;
    }

    private static String cursor(Map<String, Object> edge) {
        return new KeysetCursor(edge.get("__key"), (String) edge.get("__id")).encode();
    }
}
