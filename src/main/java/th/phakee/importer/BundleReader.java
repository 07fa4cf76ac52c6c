package th.phakee.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import th.phakee.importer.DatasetSchema.NodeSpec;
import th.phakee.importer.DatasetSchema.RelationshipSpec;
import th.phakee.importer.GraphRecords.Key;
import th.phakee.importer.GraphRecords.NodeRecord;
import th.phakee.importer.GraphRecords.RelationshipRecord;

/**
 * Reads a whole bundle and checks everything that can be checked without the database: file and column names,
 * required values, types, enums, citations, duplicate ids and relationships, and that each relationship joins
 * two ids of the bundle with labels the model allows. Every problem is collected; none stops the reading early.
 */
final class BundleReader {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** The rows of a bundle that passed this reader's checks. */
    record ParsedBundle(List<NodeRecord> nodes, List<RelationshipRecord> relationships,
            List<RelationshipRecord> endsOutsideBundle, List<BundleProblem> problems) {
    }

    private final Bundle bundle;
    private final List<BundleProblem> problems = new ArrayList<>();
    /** Relationships whose ends are not both in the bundle (of the files this reader checked). */
    private final List<RelationshipRecord> outside = new ArrayList<>();

    BundleReader(Bundle bundle) {
        this.bundle = bundle;
    }

    /**
     * The bundle's valid records and every problem found in the others. Relationships whose ends are not in the
     * bundle are returned apart: only the database can say whether those ends exist.
     */
    ParsedBundle read() {
        checkManifest();
        List<String> names = bundle.fileNames().stream()
                .filter(name -> !name.equals("bundle.json") && !Bundle.IGNORED.contains(name.replace("/", ""))).toList();
        // files are independent: read them in parallel, each with its own problems, and join them in file order, so
        // that the records and problems are in the order a sequential read gives
        List<FileRecords> files = names.parallelStream().map(name -> new BundleReader(bundle).readFile(name)).toList();
        List<NodeRecord> nodes = new ArrayList<>();
        List<RelationshipRecord> relationships = new ArrayList<>();
        for (FileRecords file : files) {
            nodes.addAll(file.nodes());
            relationships.addAll(file.relationships());
            problems.addAll(file.problems());
        }
        Map<String, NodeRecord> byId = indexNodes(nodes);
        // a duplicate relationship is one of the same file (its type): files are checked in parallel too
        List<RelationshipRecord> outside = new ArrayList<>();
        for (BundleReader checked : files.parallelStream().map(file -> {
            BundleReader reader = new BundleReader(bundle);
            reader.outside.addAll(reader.checkRelationships(file.relationships(), byId));
            return reader;
        }).toList()) {
            outside.addAll(checked.outside);
            problems.addAll(checked.problems);
        }
        return new ParsedBundle(nodes, relationships, outside, List.copyOf(problems));
    }

    /** The records of one file of the bundle and the problems found in it. */
    private record FileRecords(List<NodeRecord> nodes, List<RelationshipRecord> relationships, List<BundleProblem> problems) {
    }

    private FileRecords readFile(String name) {
        var node = DatasetSchema.nodeFile(name);
        var relationship = DatasetSchema.relationshipFile(name);
        if (node.isPresent()) {
            return new FileRecords(readNodes(name, node.get()), List.of(), problems);
        }
        if (relationship.isPresent()) {
            return new FileRecords(List.of(), readRelationships(name, relationship.get()), problems);
        }
        problems.add(new BundleProblem(name, 1, null, "unknown file: expected <Label>.csv or <TYPE>.csv of the "
                + "graph model (" + String.join(", ", DatasetSchema.NODES.keySet()) + "; "
                + String.join(", ", DatasetSchema.RELATIONSHIPS.keySet()) + ")"));
        return new FileRecords(List.of(), List.of(), problems);
    }

    private void checkManifest() {
        if (!bundle.has("bundle.json")) {
            problems.add(new BundleProblem("bundle.json", 1, null,
                    "missing: a bundle starts with bundle.json {\"format\": \"phakee-dataset\", \"version\": 1}"));
            return;
        }
        try (InputStream in = bundle.open("bundle.json")) {
            JsonNode manifest = new ObjectMapper().readTree(in);
            if (!DatasetSchema.FORMAT_NAME.equals(manifest.path("format").asText())) {
                problems.add(new BundleProblem("bundle.json", 1, "format", "expected \"" + DatasetSchema.FORMAT_NAME + "\""));
            }
            if (manifest.path("version").asInt(-1) != DatasetSchema.FORMAT_VERSION) {
                problems.add(new BundleProblem("bundle.json", 1, "version", "version "
                        + manifest.path("version") + " is not supported; this importer reads version "
                        + DatasetSchema.FORMAT_VERSION));
            }
        }
        catch (IOException e) {
            problems.add(new BundleProblem("bundle.json", 1, null, "not valid JSON: " + e.getMessage()));
        }
    }

    private List<NodeRecord> readNodes(String file, NodeSpec spec) {
        List<NodeRecord> records = new ArrayList<>();
        for (Row row : rows(file, spec.columns())) {
            Map<String, Object> properties = properties(file, row, spec.columns());
            if (properties != null) {
                String id = (String) properties.remove("id");
                addDerived(properties);
                records.add(new NodeRecord(spec.label(), id, properties, file, row.line));
            }
        }
        return records;
    }

    private List<RelationshipRecord> readRelationships(String file, RelationshipSpec spec) {
        List<RelationshipRecord> records = new ArrayList<>();
        for (Row row : rows(file, spec.columns())) {
            Map<String, Object> properties = properties(file, row, spec.columns());
            if (properties != null) {
                String from = (String) properties.remove("from");
                String to = (String) properties.remove("to");
                records.add(new RelationshipRecord(spec.type(), from, to, properties, file, row.line));
            }
        }
        return records;
    }

    /** Values the queries need that follow from the bundle's own (never written back on export). */
    static void addDerived(Map<String, Object> properties) {
        if (properties.get("nameTh") instanceof String name) {
            properties.put("sortKey", ThaiCollation.sortKey(name));
        }
        if (properties.containsKey("aliases")) {
            properties.put("aliasText", properties.get("aliases") instanceof List<?> aliases
                    ? String.join(" ", aliases.stream().map(String::valueOf).toList()) : null);
        }
    }

    /** A data row: its cells, the positions of the file's columns in them, and the line it starts on. */
    private record Row(int line, String[] values, Map<String, Integer> positions) {

        /** The cell of a column, "" if the file has no such column. */
        String cell(String column) {
            Integer position = positions.get(column);
            return position == null ? "" : values[position];
        }
    }

    private List<Row> rows(String file, List<Column> columns) {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = utf8(bundle.open(file)); CSVParser parser = CSV.parse(reader)) {
            List<String> header = null;
            Map<String, Integer> positions = new HashMap<>();
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                int line = (int) (linesBefore + 1);
                linesBefore = parser.getCurrentLineNumber();
                if (header == null) {
                    header = record.toList().stream().map(ValueCodec::normalise).toList();
                    if (!checkHeader(file, header, columns)) {
                        return List.of();
                    }
                    for (int i = 0; i < header.size(); i++) {
                        positions.put(header.get(i), i);
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new BundleProblem(file, line, null, "has " + record.size()
                            + " fields but the header has " + header.size()));
                    continue;
                }
                rows.add(new Row(line, record.values(), positions));
            }
            if (header == null) {
                problems.add(new BundleProblem(file, 1, null, "empty file: expected a header row"));
            }
        }
        catch (CharacterCodingException e) {
            problems.add(new BundleProblem(file, 1, null, "not UTF-8 text"));
        }
        catch (IOException | RuntimeException e) {
            problems.add(new BundleProblem(file, 1, null, "cannot be read as CSV: " + e.getMessage()));
        }
        return rows;
    }

    private boolean checkHeader(String file, List<String> header, List<Column> columns) {
        int before = problems.size();
        List<String> known = columns.stream().map(Column::name).toList();
        for (String name : header) {
            if (!known.contains(name)) {
                problems.add(new BundleProblem(file, 1, name, "unknown column; " + file + " has " + String.join(", ", known)));
            }
        }
        for (Column column : columns) {
            if (column.required() && !header.contains(column.name())) {
                problems.add(new BundleProblem(file, 1, column.name(), "required column is missing"));
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            problems.add(new BundleProblem(file, 1, null, "a column is named twice"));
        }
        return problems.size() == before;
    }

    /** The typed properties of a row, every column present (null where empty); null if the row has problems. */
    private Map<String, Object> properties(String file, Row row, List<Column> columns) {
        int before = problems.size();
        Map<String, Object> properties = new HashMap<>();
        for (Column column : columns) {
            String cell = row.cell(column.name());
            if (cell.isBlank()) {
                if (column.required()) {
                    problems.add(new BundleProblem(file, row.line, column.name(), "missing value"));
                }
                putValue(properties, column, null);
                continue;
            }
            try {
                putValue(properties, column, ValueCodec.parse(column, cell));
            }
            catch (ValueCodec.BadValue e) {
                problems.add(new BundleProblem(file, row.line, column.name(), e.getMessage()));
            }
        }
        return problems.size() == before ? properties : null;
    }

    /** A decimal is stored twice: as a number for arithmetic and, exactly, as text. */
    static void putValue(Map<String, Object> properties, Column column, Object value) {
        if (column.type() == ValueType.DECIMAL) {
            properties.put(column.name(), value == null ? null : ((BigDecimal) value).doubleValue());
            properties.put(column.name() + "Exact", value == null ? null : ((BigDecimal) value).toPlainString());
        }
        else {
            properties.put(column.name(), value);
        }
    }

    private Map<String, NodeRecord> indexNodes(List<NodeRecord> nodes) {
        Map<String, NodeRecord> byId = new HashMap<>(2 * nodes.size());
        for (NodeRecord node : nodes) {
            NodeRecord first = byId.putIfAbsent(node.id(), node);
            if (first != null) {
                problems.add(new BundleProblem(node.file(), node.line(), "id", "duplicate id \"" + node.id()
                        + "\": already used at " + first.file() + ":" + first.line()));
            }
        }
        return byId;
    }

    private List<RelationshipRecord> checkRelationships(List<RelationshipRecord> relationships,
            Map<String, NodeRecord> byId) {
        Map<Key, RelationshipRecord> seen = new HashMap<>(2 * relationships.size());
        List<RelationshipRecord> outside = new ArrayList<>();
        for (RelationshipRecord rel : relationships) {
            RelationshipRecord first = seen.putIfAbsent(rel.key(), rel);
            if (first != null) {
                problems.add(new BundleProblem(rel.file(), rel.line(), null, "duplicate relationship " + rel.key()
                        + ": already at " + first.file() + ":" + first.line()));
                continue;
            }
            NodeRecord from = byId.get(rel.from());
            NodeRecord to = byId.get(rel.to());
            if (from == null || to == null) {
                outside.add(rel);
                continue;
            }
            problems.addAll(endProblems(rel, from.label(), to.label()));
        }
        return outside;
    }

    /** The label pair is one the model allows, and the citation is present where required. */
    static List<BundleProblem> endProblems(RelationshipRecord rel, String fromLabel, String toLabel) {
        List<BundleProblem> found = new ArrayList<>();
        RelationshipSpec spec = DatasetSchema.RELATIONSHIPS.get(rel.type());
        if (!spec.allows(fromLabel, toLabel)) {
            found.add(new BundleProblem(rel.file(), rel.line(), null, rel.type() + " cannot join a " + fromLabel
                    + " (" + rel.from() + ") to a " + toLabel + " (" + rel.to() + ")"));
        }
        if (spec.citationRequired(fromLabel, toLabel) && rel.properties().get("src") == null) {
            found.add(new BundleProblem(rel.file(), rel.line(), "src", "missing value: a relationship from a document cites it"));
        }
        return found;
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
