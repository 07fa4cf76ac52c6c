package th.phakee.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import th.phakee.importer.BundleWriter;

/**
 * The rows of a generated bundle and the text of its source document, written in the bundle's canonical form (the
 * exporter's: every column of the file in schema order, nodes in id order, relationships in (from, to) order, LF
 * line ends), so that a generated bundle, imported and exported again, comes back byte for byte.
 * <p>
 * Every generated row cites a line of the generated document ({@value #SOURCE_ID}, written as
 * {@code sources/}{@value #SOURCE_FILE} beside the CSV files): a node cites the line that states it (its id and its
 * name, amount or value); a relationship cites the line of the end that states it. Rows copied from the reference
 * dataset cite their own line of the generated document too; places cite nothing (they need not).
 */
final class GeneratedBundle {

    static final String SOURCE_ID = "900";
    static final String SOURCE_FILE = SOURCE_ID + "_generated.txt";
    static final String SOURCES_FOLDER = "sources";

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** One bundle file: its columns and rows (cell texts in column order, null where empty). */
    private static final class FileRows {
        final String[] columns;
        final Map<String, Integer> index = new HashMap<>();
        final List<String[]> rows = new ArrayList<>();
        final boolean nodes;

        FileRows(String fileName) {
            List<String> names = BundleWriter.columns(fileName);
            if (names == null) {
                throw new IllegalArgumentException("Not a file of the bundle format: " + fileName);
            }
            columns = names.toArray(String[]::new);
            for (int i = 0; i < columns.length; i++) {
                index.put(columns[i], i);
            }
            nodes = columns[0].equals("id");
        }

        String[] row(Object... cells) {
            String[] row = new String[columns.length];
            for (int i = 0; i < cells.length; i += 2) {
                Integer column = index.get((String) cells[i]);
                if (column == null) {
                    throw new IllegalArgumentException("No column " + cells[i] + " in " + String.join(",", columns));
                }
                Object value = cells[i + 1];
                row[column] = value == null ? null : value instanceof String text ? text : String.valueOf(value);
            }
            rows.add(row);
            return row;
        }
    }

    private final Map<String, FileRows> files = new TreeMap<>();
    private final List<String> lines = new ArrayList<>();
    private long nodes;
    private long relationships;

    /** Appends a line to the generated document; returns its number (the first line is 1). */
    int line(String text) {
        lines.add(nfc(text));
        return lines.size();
    }

    /** The citation of a line of the generated document. */
    static String cite(int line) {
        return SOURCE_ID + ":" + line;
    }

    /**
     * A node of {@code label}, stated by a new line of the document ({@code id} and {@code statement}), citing it.
     * {@code cells} are column, value pairs (text is NFC-normalised; null is empty). Returns its citation, for the
     * relationships that this line states too.
     */
    String node(String label, String id, String statement, Object... cells) {
        String citation = cite(line(id + " " + statement));
        Object[] all = Arrays.copyOf(cells, cells.length + 4);
        all[cells.length] = "id";
        all[cells.length + 1] = id;
        all[cells.length + 2] = "src";
        all[cells.length + 3] = citation;
        file(label + ".csv").row(normalised(all));
        nodes++;
        return citation;
    }

    /** A node without a citation: a place, a source. */
    void uncitedNode(String label, Object... cells) {
        file(label + ".csv").row(normalised(cells));
        nodes++;
    }

    /** A relationship; {@code citation} may be null only where the format allows it (OF, FOR, PART_OF of places). */
    void relationship(String type, String from, String to, String citation, Object... cells) {
        Object[] all = Arrays.copyOf(cells, cells.length + 6);
        all[cells.length] = "from";
        all[cells.length + 1] = from;
        all[cells.length + 2] = "to";
        all[cells.length + 3] = to;
        all[cells.length + 4] = "src";
        all[cells.length + 5] = citation;
        file(type + ".csv").row(normalised(all));
        relationships++;
    }

    long nodeCount() {
        return nodes;
    }

    long relationshipCount() {
        return relationships;
    }

    /** Rows per file name, in file name order. */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        files.forEach((name, file) -> counts.put(name, file.rows.size()));
        return counts;
    }

    /** Writes the CSV files, {@code bundle.json} and the document into {@code dir} (created if needed). */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (var entry : files.entrySet()) {
            FileRows file = entry.getValue();
            Comparator<String[]> order = file.nodes ? Comparator.comparing((String[] row) -> row[0])
                    : Comparator.comparing((String[] row) -> row[0]).thenComparing(row -> row[1]);
            file.rows.sort(order);
            try (Writer out = Files.newBufferedWriter(dir.resolve(entry.getKey()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSV)) {
                printer.printRecord((Object[]) file.columns);
                for (String[] row : file.rows) {
                    for (String cell : row) {
                        printer.print(cell == null ? "" : cell);
                    }
                    printer.println();
                }
            }
        }
        Files.writeString(dir.resolve("bundle.json"), "{ \"format\": \"phakee-dataset\", \"version\": 1 }\n",
                StandardCharsets.UTF_8);
        Path sources = Files.createDirectories(dir.resolve(SOURCES_FOLDER));
        try (Writer out = Files.newBufferedWriter(sources.resolve(SOURCE_FILE), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }

    private FileRows file(String name) {
        return files.computeIfAbsent(name, FileRows::new);
    }

    /** Column, value pairs with every text value NFC (what the importer stores, so that export gives it back). */
    private static Object[] normalised(Object[] cells) {
        for (int i = 1; i < cells.length; i += 2) {
            if (cells[i] instanceof String text) {
                cells[i] = nfc(text);
            }
        }
        return cells;
    }

    static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
