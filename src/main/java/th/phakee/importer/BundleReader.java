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
import th.phakee.search.SearchText;

/**
 * Reads a whole bundle and checks everything that can be checked without the database: file and column names,
 * required values, types, enums, citations (of documents and lines that exist), duplicate ids and relationships,
 * that each relationship joins two ids of the bundle with labels (and plan levels, project kinds) the model allows,
 * and that no {@code PART_OF} rows make a cycle. Every problem is collected; none stops the reading early.
 * <p>
 * A bundle is a whole graph: its relationships join its own nodes and its citations name its own sources. Only a
 * bundle that adds to the database ({@code import --add}) may name nodes and sources outside itself; those are
 * returned apart, for the importer to look up.
 */
final class BundleReader {

    /** Empty lines are kept (as records of one empty value) and skipped here, so that line numbers stay exact. */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    /** Problems reported for one cited document that the bundle lacks, before the rest are counted. */
    private static final int ROWS_PER_MISSING_DOCUMENT = 10;

    /**
     * The rows of a bundle that passed this reader's checks. {@code endsOutsideBundle} and {@code citedOutside} (by
     * document id: the problem to report for each citing row if the database lacks that source) are filled only
     * for a bundle that adds to the database.
     */
    record ParsedBundle(List<NodeRecord> nodes, List<RelationshipRecord> relationships,
            List<RelationshipRecord> endsOutsideBundle, List<BundleProblem> problems,
            Map<String, List<BundleProblem>> citedOutside) {
    }

    private final Bundle bundle;
    private final boolean addsToGraph;
    private final CitationRules citations;
    /** The documents the bundle carries in its {@code sources/} folder, with their numbers of lines. */
    private final Map<String, Integer> carried;
    private final List<BundleProblem> problems = new ArrayList<>();
    /** For each cited document: the problem each citing row would have if the document had no source node. */
    private final Map<String, List<BundleProblem>> cited = new java.util.TreeMap<>();
    /** Relationships whose ends are not both in the bundle (of the files this reader checked). */
    private final List<RelationshipRecord> outside = new ArrayList<>();

    BundleReader(Bundle bundle) {
        this(bundle, false);
    }

    /** {@code addsToGraph}: the bundle adds to the database's graph, and may name its nodes and sources. */
    BundleReader(Bundle bundle, boolean addsToGraph) {
        this(bundle, addsToGraph, bundle.documentLineCounts());
    }

    private BundleReader(Bundle bundle, boolean addsToGraph, Map<String, Integer> carried) {
        this(bundle, addsToGraph, CitationRules.packaged().with(carried), carried);
    }

    /** A reader of some of the bundle's files, sharing the whole reader's citation rules. */
    private BundleReader(Bundle bundle, boolean addsToGraph, CitationRules citations, Map<String, Integer> carried) {
        this.bundle = bundle;
        this.addsToGraph = addsToGraph;
        this.citations = citations;
        this.carried = carried;
    }

    private BundleReader part() {
        return new BundleReader(bundle, addsToGraph, citations, carried);
    }

    /**
     * The bundle's valid records and every problem found in the others. Relationships whose ends are not in the
     * bundle are returned apart: only the database can say whether those ends exist.
     */
    ParsedBundle read() {
        checkManifest();
        List<String> names = bundle.fileNames().stream()
                .filter(name -> !name.equals("bundle.json") && !Bundle.IGNORED.contains(name.replace("/", ""))).toList();
        // files are independent: read them in parallel, each by its own reader, and join them in file order, so
        // that the records and problems are in the order a sequential read gives
        List<FileRecords> files = names.parallelStream().map(name -> part().readFile(name)).toList();
        List<NodeRecord> nodes = new ArrayList<>();
        List<RelationshipRecord> relationships = new ArrayList<>();
        for (FileRecords file : files) {
            nodes.addAll(file.nodes());
            relationships.addAll(file.relationships());
            problems.addAll(file.reader().problems);
            file.reader().cited.forEach((document, rows) -> cited.computeIfAbsent(document, d -> new ArrayList<>()).addAll(rows));
        }
        Map<String, NodeRecord> byId = indexNodes(nodes);
        // a duplicate relationship is one of the same file (its type): files are checked in parallel too
        for (BundleReader checked : files.parallelStream().map(file -> {
            BundleReader reader = part();
            reader.outside.addAll(reader.checkRelationships(file.relationships(), byId));
            return reader;
        }).toList()) {
            outside.addAll(checked.outside);
            problems.addAll(checked.problems);
        }
        problems.addAll(PartOfCycles.problems(relationships.stream().filter(r -> r.type().equals("PART_OF"))
                .map(r -> new PartOfCycles.Edge(r.from(), r.to(), r)).toList()));
        Map<String, List<BundleProblem>> citedOutside = new java.util.TreeMap<>(cited);
        nodes.stream().filter(n -> n.label().equals("Source")).forEach(n -> citedOutside.remove(n.id()));
        if (!addsToGraph) {
            citedOutside.values().forEach(rows -> {
                problems.addAll(rows.subList(0, Math.min(rows.size(), ROWS_PER_MISSING_DOCUMENT)));
                if (rows.size() > ROWS_PER_MISSING_DOCUMENT) {
                    BundleProblem last = rows.get(rows.size() - 1);
                    problems.add(new BundleProblem(last.file(), last.line(), last.column(), "and "
                            + (rows.size() - ROWS_PER_MISSING_DOCUMENT) + " more rows cite that document"));
                }
            });
            citedOutside.clear();
        }
        return new ParsedBundle(nodes, relationships, List.copyOf(outside), List.copyOf(problems), citedOutside);
    }

    /** The records of one file of the bundle and the reader that read it (its problems and citations). */
    private record FileRecords(List<NodeRecord> nodes, List<RelationshipRecord> relationships, BundleReader reader) {
    }

    private FileRecords readFile(String name) {
        var node = DatasetSchema.nodeFile(name);
        var relationship = DatasetSchema.relationshipFile(name);
        if (node.isPresent()) {
            return new FileRecords(readNodes(name, node.get()), List.of(), this);
        }
        if (relationship.isPresent()) {
            return new FileRecords(List.of(), readRelationships(name, relationship.get()), this);
        }
        problems.add(new BundleProblem(name, 1, null, "unknown file: expected <Label>.csv or <TYPE>.csv of the "
                + "graph model (" + String.join(", ", DatasetSchema.NODES.keySet()) + "; "
                + String.join(", ", DatasetSchema.RELATIONSHIPS.keySet()) + ")"));
        return new FileRecords(List.of(), List.of(), this);
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
                if (spec.label().equals("Source") && carried.containsKey(id)) {
                    // the service holds only its packaged documents: the graph keeps how many lines this one has, so
                    // that a change may cite it (importer.GraphEditor) as an import of the bundle could
                    properties.put(CitationRules.LINE_COUNT, carried.get(id).longValue());
                }
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
        String searchText = SearchText.of(properties);
        if (searchText != null) {
            properties.put("searchText", searchText);
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
        // lines consumed by the records read so far: the next record starts on the line after them
        long linesBefore = 0;
        try (Reader reader = utf8(bundle.open(file)); CSVParser parser = CSV.parse(reader)) {
            List<String> header = null;
            Map<String, Integer> positions = new HashMap<>();
            java.util.Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                }
                catch (java.io.UncheckedIOException | IllegalStateException e) {
                    problems.add(unreadable(file, (int) linesBefore + 1, e));
                    return rows;
                }
                int line = (int) (linesBefore + 1);
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (header == null) {
                    header = record.toList().stream().map(ValueCodec::normalise).collect(java.util.stream.Collectors.toList());
                    // a byte-order mark, as spreadsheets write one before UTF-8 text, is not part of the first name
                    header.set(0, header.get(0).startsWith("\ufeff") ? header.get(0).substring(1) : header.get(0));
                    if (!checkHeader(file, line, header, columns)) {
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
        catch (IOException | RuntimeException e) {
            problems.add(unreadable(file, (int) linesBefore + 1, e));
        }
        return rows;
    }

    /** The problem of a file the CSV reader gave up on, at the line where the record it was reading starts. */
    private BundleProblem unreadable(String file, int line, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new BundleProblem(file, firstLineNotUtf8(file, line), null, "not UTF-8 text (save the file as UTF-8)");
            }
        }
        String message = String.valueOf(e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new BundleProblem(file, line, null, "a quoted field starts on this line and is never closed "
                    + "(a quote inside a quoted field is written twice: \"\")");
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return new BundleProblem(file, line, null, "a quoted field is followed by other characters before the next "
                    + "comma (a quote inside a quoted field is written twice: \"\")");
        }
        return new BundleProblem(file, line, null, "cannot be read as CSV: " + message.replaceAll("\\s+", " "));
    }

    /**
     * The first line of a file that is not valid UTF-8 ({@code fallback} if none is found). The reader decodes ahead
     * of the parser, so the line is found again by decoding the file line by line (a newline byte is never part of
     * a UTF-8 sequence), only when there is such a problem.
     */
    private int firstLineNotUtf8(String file, int fallback) {
        try (InputStream in = bundle.open(file)) {
            byte[] bytes = in.readAllBytes();
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
                    }
                    catch (CharacterCodingException e) {
                        return line;
                    }
                    line++;
                    start = i + 1;
                }
            }
        }
        catch (IOException e) {
            // fall back to where the parser was
        }
        return fallback;
    }

    private boolean checkHeader(String file, int line, List<String> header, List<Column> columns) {
        int before = problems.size();
        List<String> known = columns.stream().map(Column::name).toList();
        for (String name : header) {
            if (!known.contains(name)) {
                problems.add(new BundleProblem(file, line, ValueCodec.quoted(name).replaceAll("^\"|\"$", ""),
                        "unknown column; " + file + " has " + String.join(", ", known)));
            }
        }
        for (Column column : columns) {
            if (column.required() && !header.contains(column.name())) {
                problems.add(new BundleProblem(file, line, column.name(), "required column is missing"));
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            problems.add(new BundleProblem(file, line, null, "a column is named twice"));
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
                Object value = ValueCodec.parse(column, cell);
                if (column.type() == ValueType.CITATIONS) {
                    checkCitations(file, row.line, column.name(), (List<?>) value);
                }
                putValue(properties, column, value);
            }
            catch (ValueCodec.BadValue e) {
                problems.add(new BundleProblem(file, row.line, column.name(), e.getMessage()));
            }
        }
        return problems.size() == before ? properties : null;
    }

    /** Each citation names a document with that line; the documents cited are noted, to be found among the sources. */
    private void checkCitations(String file, int line, String column, List<?> values) {
        for (Object value : values) {
            String citation = (String) value;
            String problem = citations.problem(citation);
            if (problem != null) {
                problems.add(new BundleProblem(file, line, column, problem));
                continue;
            }
            String document = CitationRules.document(citation);
            List<BundleProblem> rows = cited.computeIfAbsent(document, d -> new ArrayList<>());
            if (rows.isEmpty() || rows.get(rows.size() - 1).line() != line || !rows.get(rows.size() - 1).file().equals(file)) {
                rows.add(new BundleProblem(file, line, column, "document " + document + " is not in Source.csv"
                        + " (import --add to cite the database's sources)"));
            }
        }
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
            if (rel.properties().get("via") instanceof String via && !addsToGraph
                    && (byId.get(via) == null || !byId.get(via).label().equals("Agency"))) {
                problems.add(new BundleProblem(rel.file(), rel.line(), "via", byId.get(via) == null
                        ? "no Agency with id " + ValueCodec.quoted(via) + " in the bundle (import --add to name the database's)"
                        : ValueCodec.quoted(via) + " is not the id of an Agency"));
            }
            if (from == null || to == null) {
                if (addsToGraph) {
                    outside.add(rel);
                }
                else {
                    problems.add(new BundleProblem(rel.file(), rel.line(), from == null ? "from" : "to", "no node with id "
                            + ValueCodec.quoted(from == null ? rel.from() : rel.to())
                            + " in the bundle (import --add to link to the database's nodes)"));
                }
                continue;
            }
            problems.addAll(endProblems(rel, from.label(), to.label()));
            String valueProblem = DatasetSchema.endValueProblem(rel.type(), from.label(), from.id(), DatasetSchema.levelOrKind(from.properties()),
                    to.label(), to.id(), DatasetSchema.levelOrKind(to.properties()));
            if (valueProblem != null) {
                problems.add(new BundleProblem(rel.file(), rel.line(), null, valueProblem));
            }
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
