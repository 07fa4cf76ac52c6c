package th.phakee.importer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.phakee.graph.CypherQueries;
import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.NotFoundException;
import th.phakee.importer.DatasetSchema.NodeSpec;
import th.phakee.importer.DatasetSchema.RelationshipSpec;
import th.phakee.importer.GraphRecords.RelationshipRecord;
import th.phakee.money.MoneyModel;

/**
 * Single changes to the graph, checked by the rules the importer applies to a bundle (the same columns, values,
 * enums, citations and label pairs), written with the importer's statements, each in one transaction, and
 * recorded with {@code updatedAt} and {@code updatedBy}. Problems are reported per field, all at once.
 */
@Service
public class GraphEditor {

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;
    private final MoneyModel money;

    GraphEditor(Neo4jClient neo4j, CypherQueries cypher, MoneyModel money) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.money = money;
    }

    /**
     * Creates ({@code create}) or changes a node. {@code cells} holds the fields given, as bundle cell texts; on
     * a change, absent fields keep their value. Returns the node's stored properties.
     */
    @Transactional
    public Map<String, Object> writeNode(String label, String id, Map<String, String> cells, boolean create, String user) {
        NodeSpec spec = DatasetSchema.NODES.get(label);
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("field id: missing value; give the new " + label + " a stable id.");
        }
        Map<String, Object> existing = stored(id);
        if (create && existing != null) {
            throw new InvalidRequestException("field id: \"" + id + "\" is already used by a " + existing.get("label") + ".");
        }
        if (!create && (existing == null || !label.equals(existing.get("label")))) {
            throw new NotFoundException("No " + label + " with id \"" + id + "\".");
        }
        Map<String, String> merged = new LinkedHashMap<>();
        if (existing != null) {
            Map<String, Object> props = asMap(existing.get("props"));
            for (Column column : spec.columns()) {
                Object value = column.type() == ValueType.DECIMAL ? props.get(column.name() + "Exact") : props.get(column.name());
                merged.put(column.name(), ValueCodec.format(column, value));
            }
        }
        cells.forEach((column, value) -> {
            if (value != null) {
                merged.put(column, value);
            }
        });
        merged.put("id", id);
        merged.put("updatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        merged.put("updatedBy", user);
        Map<String, Object> properties = validated(spec.columns(), merged);
        properties.remove("id");
        BundleReader.addDerived(properties);
        neo4j.query(cypher.get("import/nodes.merge"))
                .bind(List.of(Map.of("id", id, "label", label, "props", properties))).to("rows").run();
        money.update();
        return asMap(stored(id).get("props"));
    }

    /** Removes a node of {@code label} and its relationships. */
    @Transactional
    public Map<String, Object> deleteNode(String label, String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("label", label);
        Map<String, Object> removed = neo4j.query(cypher.get("import/node.delete")).bindAll(params).fetch().one()
                .orElseThrow(() -> new NotFoundException("No " + label + " with id \"" + id + "\"."));
        money.update();
        return removed;
    }

    /** Creates or changes the relationship {@code (from)-[type]->(to)}. Returns its stored properties. */
    @Transactional
    public Map<String, Object> writeRelationship(String type, String from, String to, Map<String, String> cells) {
        RelationshipSpec spec = DatasetSchema.RELATIONSHIPS.get(type);
        List<String> problems = new ArrayList<>();
        Map<String, Object> fromNode = stored(from);
        Map<String, Object> toNode = stored(to);
        if (fromNode == null) {
            problems.add("field from: no entity with id \"" + from + "\"");
        }
        if (toNode == null) {
            problems.add("field to: no entity with id \"" + to + "\"");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems) + ".");
        }
        Map<String, String> all = new LinkedHashMap<>(cells);
        all.put("from", from);
        all.put("to", to);
        Map<String, Object> properties = validated(spec.columns(), all);
        properties.remove("from");
        properties.remove("to");
        RelationshipRecord record = new RelationshipRecord(type, from, to, properties, "input", 0);
        for (BundleProblem problem : BundleReader.endProblems(record, (String) fromNode.get("label"), (String) toNode.get("label"))) {
            problems.add((problem.column() == null ? "" : "field " + problem.column() + ": ") + problem.message());
        }
        if (properties.get("via") instanceof String via && !"Agency".equals(labelOf(via))) {
            problems.add("field via: \"" + via + "\" is not the id of an Agency");
        }
        if (type.equals("PART_OF") && problems.isEmpty() && cycle(from, to)) {
            problems.add("field to: " + to + " is already part of " + from + "; PART_OF cannot form a cycle");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems) + ".");
        }
        neo4j.query(cypher.get("import/relationships.merge"))
                .bind(List.of(Map.of("type", type, "from", from, "to", to, "props", properties))).to("rows").run();
        money.update();
        return properties;
    }

    @Transactional
    public int deleteRelationship(String type, String from, String to) {
        Map<String, Object> params = Map.of("type", type, "from", from, "to", to);
        long removed = neo4j.query(cypher.get("import/relationship.delete")).bindAll(params)
                .fetchAs(Long.class).one().orElse(0L);
        if (removed == 0) {
            throw new NotFoundException("No " + type + " relationship from \"" + from + "\" to \"" + to + "\".");
        }
        money.update();
        return (int) removed;
    }

    /** Typed properties of every column, or InvalidRequestException listing each field's problem. */
    private static Map<String, Object> validated(List<Column> columns, Map<String, String> cells) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> properties = new HashMap<>();
        for (Column column : columns) {
            String cell = cells.getOrDefault(column.name(), "");
            if (cell == null || cell.isBlank()) {
                if (column.required()) {
                    problems.add("field " + column.name() + ": missing value"
                            + (column.name().equals("src") ? " (cite the line that states it, e.g. 003:142)" : ""));
                }
                BundleReader.putValue(properties, column, null);
                continue;
            }
            try {
                BundleReader.putValue(properties, column, ValueCodec.parse(column, cell));
            }
            catch (ValueCodec.BadValue e) {
                problems.add("field " + column.name() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems) + ".");
        }
        return properties;
    }

    private Map<String, Object> stored(String id) {
        return neo4j.query(cypher.get("import/node.properties")).bind(id).to("id").fetch().one().orElse(null);
    }

    private String labelOf(String id) {
        Map<String, Object> node = stored(id);
        return node == null ? null : (String) node.get("label");
    }

    private boolean cycle(String from, String to) {
        return neo4j.query(cypher.get("import/part_of.cycle")).bindAll(Map.of("from", from, "to", to))
                .fetchAs(Boolean.class).one().orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
