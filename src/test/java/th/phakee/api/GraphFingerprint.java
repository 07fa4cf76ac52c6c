package th.phakee.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The whole graph as one digest: every node with its labels and properties, every relationship with its ends, type
 * and properties. Tests that write compare it before and after, to show that they left the graph as they found it,
 * which the API tests against a shared external database rely on (see {@link ApiTest}).
 */
record GraphFingerprint(long nodes, long relationships, String sha256) {

    static GraphFingerprint of(Neo4jClient neo4j) {
        List<String> lines = new ArrayList<>();
        neo4j.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").fetch().all()
                .forEach(row -> {
                    List<String> labels = new ArrayList<>(((List<?>) row.get("labels")).stream().map(String::valueOf).toList());
                    labels.sort(null);
                    lines.add("N " + labels + " " + sorted(row.get("props")));
                });
        long nodes = lines.size();
        neo4j.query("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props").fetch().all()
                .forEach(row -> lines.add("R " + row.get("from") + " " + row.get("type") + " " + row.get("to") + " " + sorted(row.get("props"))));
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return new GraphFingerprint(nodes, lines.size() - nodes, HexFormat.of().formatHex(digest.digest()));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> ordered = new TreeMap<>();
            map.forEach((k, v) -> ordered.put(String.valueOf(k), sorted(v)));
            return ordered.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphFingerprint::sorted).toList().toString();
        }
        return String.valueOf(value);
    }
}
