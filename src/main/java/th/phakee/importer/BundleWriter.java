package th.phakee.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a bundle in its canonical form: every column of the file's label or type in schema order, nodes in id
 * order, relationships in (from, to) order, LF line ends. The exporter and the extraction pipeline both write
 * through it, so their outputs compare with {@code data/} byte for byte.
 */
public final class BundleWriter {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    /** Rows by file name ({@code Plan.csv}), each row the cell texts by column name. */
    private final Map<String, List<Map<String, String>>> files = new TreeMap<>();

    public void add(String fileName, Map<String, String> cells) {
        if (columns(fileName) == null) {
            throw new IllegalArgumentException("Not a file of the bundle format: " + fileName);
        }
        files.computeIfAbsent(fileName, f -> new ArrayList<>()).add(cells);
    }

    /** The columns of a bundle file, or null if the format has no such file. */
    public static List<String> columns(String fileName) {
        return DatasetSchema.nodeFile(fileName).map(DatasetSchema.NodeSpec::columns)
                .or(() -> DatasetSchema.relationshipFile(fileName).map(DatasetSchema.RelationshipSpec::columns))
                .map(columns -> columns.stream().map(Column::name).toList())
                .orElse(null);
    }

    /** Writes every file that has rows, and {@code bundle.json}; returns the number of rows written. */
    public int write(Path dir) throws IOException {
        Files.createDirectories(dir);
        int written = 0;
        for (var file : files.entrySet()) {
            List<String> columns = columns(file.getKey());
            Comparator<Map<String, String>> order = columns.get(0).equals("id")
                    ? Comparator.comparing(row -> row.get("id"))
                    : Comparator.<Map<String, String>, String>comparing(row -> row.get("from")).thenComparing(row -> row.get("to"));
            List<Map<String, String>> rows = new ArrayList<>(file.getValue());
            rows.sort(order);
            try (Writer out = Files.newBufferedWriter(dir.resolve(file.getKey()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSV)) {
                printer.printRecord(columns);
                for (Map<String, String> row : rows) {
                    printer.printRecord(columns.stream().map(c -> row.getOrDefault(c, "")).toList());
                    written++;
                }
            }
        }
        Files.writeString(dir.resolve("bundle.json"), "{ \"format\": \"" + DatasetSchema.FORMAT_NAME + "\", \"version\": "
                + DatasetSchema.FORMAT_VERSION + " }\n", StandardCharsets.UTF_8);
        return written;
    }
}
