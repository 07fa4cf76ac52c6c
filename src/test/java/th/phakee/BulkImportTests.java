package th.phakee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import th.phakee.importer.BulkImporter;

/**
 * {@code import} into a new embedded database goes through Neo4j's bulk importer, and gives the graph the batched
 * statements give: the same nodes with the same labels and properties (derived ones included), the same
 * relationships, the same constraints and indexes. A refused bundle leaves no store behind.
 */
class BulkImportTests {

    @TempDir
    Path temp;

    record Run(int status, String out, String err) {
    }

    Run run(Path database, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Application.runCommand(List.of(args), List.of("--phakee.embedded.data-dir=" + database),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void theShippedBundleLoadedInBulkIsTheGraphTheStatementsMake() {
        Path bulk = temp.resolve("bulk");
        Path statements = temp.resolve("statements");
        Run bulkRun = run(bulk, "import", "data");
        assertThat(bulkRun.status()).as(bulkRun.err()).isZero();
        assertThat(bulkRun.out()).contains("Bulk import into the new embedded database");
        Run statementsRun = run(statements, "import", "--transactional", "data");
        assertThat(statementsRun.status()).as(statementsRun.err()).isZero();
        assertThat(statementsRun.out()).contains("Batched statements in one transaction");

        Graph fromBulk = Graph.of(bulk);
        Graph fromStatements = Graph.of(statements);
        assertThat(fromBulk.nodes()).hasSizeGreaterThan(10_000);
        assertThat(fromBulk.nodes().get(0)).contains("Entity");
        // derived at import: the Thai sort key, the alias text, the exact decimal
        assertThat(String.join("\n", fromBulk.nodes())).contains("sortKey=").contains("aliasText=").contains("valueExact=");
        assertThat(fromBulk.nodes()).containsExactlyElementsOf(fromStatements.nodes());
        assertThat(fromBulk.relationships()).hasSizeGreaterThan(10_000).containsExactlyElementsOf(fromStatements.relationships());
        assertThat(fromBulk.schema()).isNotEmpty().containsExactlyElementsOf(fromStatements.schema());

        // the bulk-loaded database is an ordinary one: importing the bundle again changes nothing
        Run again = run(bulk, "import", "data");
        assertThat(again.out()).startsWith("Nothing to do");
    }

    @Test
    void aGeneratedBundleComesBackFromTheBulkLoadedGraphByteForByte() throws IOException {
        Path generated = temp.resolve("generated");
        Run generate = run(temp.resolve("unused"), "generate", "--nodes", "42000", "--seed", "3", generated.toString());
        assertThat(generate.status()).as(generate.err()).isZero();
        assertThat(generate.out()).contains("Generated 42,000 nodes");

        Path database = temp.resolve("db");
        Run imported = run(database, "import", generated.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("nodes 42000 created").contains("Bulk import");
        // the document the bundle carries is in the graph as its number of lines (numbered as SourceTexts numbers
        // the packaged ones), so that a change may cite it (CurationTests); the export below leaves it out
        String document = Files.readString(generated.resolve("sources/900_generated.txt"));
        assertThat(Graph.of(database).nodes()).filteredOn(node -> node.startsWith("[Entity, Source]")).singleElement()
                .asString().contains("lineCount=Long:" + document.split("\n", -1).length);

        Path exported = temp.resolve("exported");
        assertThat(run(database, "export", exported.toString()).status()).isZero();
        List<String> files = csvFiles(generated);
        assertThat(csvFiles(exported)).isEqualTo(files);
        for (String file : files) {
            assertThat(exported.resolve(file)).as(file).hasSameBinaryContentAs(generated.resolve(file));
        }
    }

    @Test
    void aRefusedBundleLeavesNoStoreAndAGoodOneThenLoadsInBulk() throws IOException {
        Path bad = temp.resolve("bad");
        Files.createDirectories(bad);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bundles/small"))) {
            for (Path file : files.toList()) {
                Files.copy(file, bad.resolve(file.getFileName()));
            }
        }
        // a relationship to an id that is nowhere: only an empty graph can tell
        Files.writeString(bad.resolve("UNDER.csv"), "from,to,src\nPJ-NOWHERE,MP-17,003:1\n");
        Path database = temp.resolve("db");
        Run refused = run(database, "import", bad.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("UNDER.csv:2: column from: no node with id \"PJ-NOWHERE\"")
                .contains("nothing was imported");
        assertThat(new BulkImporter(database).storeAbsent()).isTrue();

        Run loaded = run(database, "import", "src/test/resources/bundles/small");
        assertThat(loaded.status()).isZero();
        assertThat(loaded.out()).contains("nodes 12 created").contains("Bulk import");
        assertThat(new BulkImporter(database).storeAbsent()).isFalse();
    }

    private static List<String> csvFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    /** A whole graph as comparable text: nodes, relationships, constraints and indexes, each in a stable order. */
    record Graph(List<String> nodes, List<String> relationships, List<String> schema) {

        static Graph of(Path home) {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, false).setConfig(HttpConnector.enabled, false).build();
            try {
                GraphDatabaseService db = dbms.database("neo4j");
                // the money model's own nodes (tallies, collaborations, its lock) have no id: by name
                List<String> nodes = rows(db, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, n.name",
                        row -> sorted(row.get("labels")) + " " + text(row.get("props")));
                List<String> relationships = rows(db, "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, "
                        + "properties(r) AS props ORDER BY type, from, to", row -> row.get("type") + " " + row.get("from")
                        + " " + row.get("to") + " " + text(row.get("props")));
                List<String> schema = new ArrayList<>(rows(db, "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, "
                        + "properties RETURN * ORDER BY name", Graph::text));
                schema.addAll(rows(db, "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, "
                        + "indexProvider, options WHERE type <> 'LOOKUP' RETURN * ORDER BY name", Graph::text));
                return new Graph(nodes, relationships, schema);
            }
            finally {
                dbms.shutdown();
            }
        }

        private static List<String> rows(GraphDatabaseService db, String query,
                java.util.function.Function<Map<String, Object>, String> text) {
            return db.executeTransactionally(query, Map.of(), result -> {
                List<String> rows = new ArrayList<>();
                result.forEachRemaining(row -> rows.add(text.apply(row)));
                return rows;
            });
        }

        private static String sorted(Object labels) {
            List<String> list = new ArrayList<>();
            ((Iterable<?>) labels).forEach(l -> list.add(String.valueOf(l)));
            list.sort(null);
            return list.toString();
        }

        /** Maps with sorted keys, arrays as lists: the same value prints the same whatever Neo4j returned it as. */
        private static String text(Object value) {
            if (value instanceof Map<?, ?> map) {
                Map<String, String> sorted = new TreeMap<>();
                map.forEach((k, v) -> sorted.put(String.valueOf(k), text(v)));
                return sorted.toString();
            }
            if (value instanceof Object[] array) {
                return Arrays.stream(array).map(Graph::text).toList().toString();
            }
            if (value instanceof Iterable<?> list) {
                List<String> items = new ArrayList<>();
                list.forEach(v -> items.add(text(v)));
                return items.toString();
            }
            if (value != null && value.getClass().isArray()) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
                    items.add(text(java.lang.reflect.Array.get(value, i)));
                }
                return items.toString();
            }
            return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
        }
    }
}
