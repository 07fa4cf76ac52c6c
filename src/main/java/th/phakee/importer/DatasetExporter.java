package th.phakee.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.CypherQueries;
import th.phakee.importer.DatasetSchema.NodeSpec;
import th.phakee.importer.DatasetSchema.RelationshipSpec;

/**
 * Writes the graph as a bundle ({@link BundleWriter}): the files, columns and value syntax the importer reads, so
 * that import, export and import again change nothing and an export can be compared with {@code data/} by diff.
 * Properties outside the model (derived ones such as {@code sortKey}) are not written.
 */
@Service
public class DatasetExporter {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    DatasetExporter(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** Writes the bundle into {@code dir} (created if needed); returns the number of rows written. */
    @Transactional(readOnly = true)
    public int export(Path dir) throws IOException {
        BundleWriter bundle = new BundleWriter();
        for (Map<String, Object> row : neo4j.query(cypher.get("import/export.nodes")).fetch().all()) {
            NodeSpec spec = DatasetSchema.NODES.get((String) row.get("label"));
            if (spec != null) {
                bundle.add(spec.fileName(), cells(spec.columns(), asMap(row.get("props"))));
            }
        }
        for (Map<String, Object> row : neo4j.query(cypher.get("import/export.relationships")).fetch().all()) {
            RelationshipSpec spec = DatasetSchema.RELATIONSHIPS.get((String) row.get("type"));
            if (spec != null) {
                Map<String, Object> props = new LinkedHashMap<>(asMap(row.get("props")));
                props.put("from", row.get("from"));
                props.put("to", row.get("to"));
                bundle.add(spec.fileName(), cells(spec.columns(), props));
            }
        }
        return bundle.write(dir);
    }

    private static Map<String, String> cells(List<Column> columns, Map<String, Object> props) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Column column : columns) {
            Object value = column.type() == ValueType.DECIMAL ? props.get(column.name() + "Exact") : props.get(column.name());
            cells.put(column.name(), ValueCodec.format(column, value));
        }
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
