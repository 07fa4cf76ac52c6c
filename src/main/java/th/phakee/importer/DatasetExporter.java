package th.phakee.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.CypherQueries;
import th.phakee.importer.DatasetSchema.NodeSpec;
import th.phakee.importer.DatasetSchema.RelationshipSpec;

/**
 * Writes the graph as a bundle: the files, columns and value syntax the importer reads, rows in id order, so that
 * import, export and import again change nothing and an export can be compared with {@code data/} by diff.
 * Properties outside the model (derived ones such as {@code sortKey}) are not written.
 */
@Service
public class DatasetExporter {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    DatasetExporter(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** Writes the bundle into {@code dir} (created if needed); returns the number of rows written. */
    @Transactional(readOnly = true)
    public int export(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<List<String>>> files = new LinkedHashMap<>();
        for (Map<String, Object> row : neo4j.query(cypher.get("import/export.nodes")).fetch().all()) {
            NodeSpec spec = DatasetSchema.NODES.get((String) row.get("label"));
            if (spec == null) {
                continue;
            }
            Map<String, Object> props = new LinkedHashMap<>(asMap(row.get("props")));
            files.computeIfAbsent(spec.fileName(), f -> new ArrayList<>()).add(cells(spec.columns(), props));
        }
        for (Map<String, Object> row : neo4j.query(cypher.get("import/export.relationships")).fetch().all()) {
            RelationshipSpec spec = DatasetSchema.RELATIONSHIPS.get((String) row.get("type"));
            if (spec == null) {
                continue;
            }
            Map<String, Object> props = new LinkedHashMap<>(asMap(row.get("props")));
            props.put("from", row.get("from"));
            props.put("to", row.get("to"));
            files.computeIfAbsent(spec.fileName(), f -> new ArrayList<>()).add(cells(spec.columns(), props));
        }
        int rows = 0;
        for (var file : files.entrySet()) {
            List<Column> columns = DatasetSchema.nodeFile(file.getKey()).map(NodeSpec::columns)
                    .orElseGet(() -> DatasetSchema.relationshipFile(file.getKey()).orElseThrow().columns());
            try (Writer out = Files.newBufferedWriter(dir.resolve(file.getKey()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSV)) {
                printer.printRecord(columns.stream().map(Column::name).toList());
                for (List<String> cells : file.getValue()) {
                    printer.printRecord(cells);
                    rows++;
                }
            }
        }
        Files.writeString(dir.resolve("bundle.json"), "{ \"format\": \"" + DatasetSchema.FORMAT_NAME
                + "\", \"version\": " + DatasetSchema.FORMAT_VERSION + " }\n", StandardCharsets.UTF_8);
        return rows;
    }

    private static List<String> cells(List<Column> columns, Map<String, Object> props) {
        List<String> cells = new ArrayList<>();
        for (Column column : columns) {
            Object value = column.type() == ValueType.DECIMAL ? props.get(column.name() + "Exact") : props.get(column.name());
            cells.add(ValueCodec.format(column, value));
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
