package th.phakee.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.phakee.importer.BundleWriter;

/**
 * The bundle as the pipeline builds it. A fact stated in several places arrives several times (the same node from
 * two documents, a curated row and a parsed one): rows with the same key are merged, their citations and aliases
 * united; two different values for one property are a conflict, reported with both origins.
 */
final class ExtractedBundle {

    private static final Set<String> LISTS = Set.of("src", "aliases");

    private record Entry(Map<String, String> cells, String origin) {
    }

    private final Map<String, Map<String, Entry>> files = new LinkedHashMap<>();

    /** Adds a row of {@code fileName}; {@code origin} says where it came from, for conflict messages. */
    void add(String fileName, Map<String, String> cells, String origin) {
        List<String> columns = BundleWriter.columns(fileName);
        if (columns == null) {
            throw new ExtractionException(origin + ": " + fileName + " is not a file of the bundle format");
        }
        for (String column : cells.keySet()) {
            if (!columns.contains(column)) {
                throw new ExtractionException(origin + ": " + fileName + " has no column " + column);
            }
        }
        String key = columns.get(0).equals("id") ? cells.get("id") : cells.get("from") + "->" + cells.get("to");
        Map<String, Entry> rows = files.computeIfAbsent(fileName, f -> new LinkedHashMap<>());
        Entry existing = rows.get(key);
        rows.put(key, existing == null ? new Entry(new LinkedHashMap<>(cells), origin) : merge(fileName, key, existing, cells, origin));
    }

    private static Entry merge(String fileName, String key, Entry existing, Map<String, String> cells, String origin) {
        Map<String, String> merged = new LinkedHashMap<>(existing.cells());
        for (var cell : cells.entrySet()) {
            String before = merged.getOrDefault(cell.getKey(), "");
            String value = cell.getValue() == null ? "" : cell.getValue();
            if (LISTS.contains(cell.getKey())) {
                Set<String> union = new LinkedHashSet<>();
                for (String part : (before + "|" + value).split("\\|")) {
                    if (!part.isBlank()) {
                        union.add(part.strip());
                    }
                }
                merged.put(cell.getKey(), String.join("|", union));
            }
            else if (before.isEmpty()) {
                merged.put(cell.getKey(), value);
            }
            else if (!value.isEmpty() && !value.equals(before)) {
                throw new ExtractionException(fileName + " " + key + ": " + cell.getKey() + " is \"" + before + "\" from "
                        + existing.origin() + " but \"" + value + "\" from " + origin);
            }
        }
        return new Entry(merged, existing.origin());
    }

    /** The rows of {@code fileName} merged so far, read-only: what a later step resolves names against. */
    List<Map<String, String>> rows(String fileName) {
        return files.getOrDefault(fileName, Map.of()).values().stream().map(entry -> Collections.unmodifiableMap(entry.cells())).toList();
    }

    /** Whether some node file has a row with this id. */
    boolean hasNode(String id) {
        return files.entrySet().stream()
                .anyMatch(file -> BundleWriter.columns(file.getKey()).get(0).equals("id") && file.getValue().containsKey(id));
    }

    /**
     * Replaces an OCR misreading in one cell; the text as printed becomes an alias, so search still finds it. A fix
     * whose text is no longer there is an error: the curation table must follow the sources.
     */
    void fix(String fileName, String id, String column, String printed, String fixed, String origin) {
        Entry entry = files.getOrDefault(fileName, Map.of()).get(id);
        if (entry == null || !printed.equals(entry.cells().get(column))) {
            throw new ExtractionException(origin + ": " + fileName + " " + id + " has no " + column + " \"" + printed
                    + "\" to fix" + (entry == null ? "" : " (it is \"" + entry.cells().get(column) + "\")"));
        }
        entry.cells().put(column, fixed);
        if (BundleWriter.columns(fileName).contains("aliases")) {
            String aliases = entry.cells().getOrDefault("aliases", "");
            entry.cells().put("aliases", aliases.isBlank() ? printed : aliases + "|" + printed);
        }
    }

    int write(Path dir) throws IOException {
        BundleWriter writer = new BundleWriter();
        files.forEach((file, rows) -> rows.values().forEach(entry -> writer.add(file, entry.cells())));
        return writer.write(dir);
    }
}
