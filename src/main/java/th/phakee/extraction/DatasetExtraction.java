package th.phakee.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import th.phakee.importer.BundleWriter;

/**
 * Regenerates a bundle from the source documents and the curation tables: the curated rows (reference data,
 * stable ids and what needs judgement) plus what the document parsers read from the text, merged, checked for
 * conflicts and written in canonical form; the district and tambon names of {@code places.csv} are resolved to the
 * gazetteer's geocodes ({@link PlaceNames}).
 */
public final class DatasetExtraction {

    /** Parsers of what the documents state regularly. */
    private static final List<DocumentParser> PARSERS = List.of(new Seed003TableC(), new Seed004BudgetStrategies());

    private final Path sources;
    private final Path curation;

    public DatasetExtraction(Path sources, Path curation) {
        this.sources = sources;
        this.curation = curation;
    }

    /** Writes the bundle into {@code out} (replacing its data files, keeping {@code curation/}); returns rows. */
    public int extractInto(Path out) throws IOException {
        Map<String, SourceDocument> documents = readSources();
        ExtractedBundle bundle = new ExtractedBundle();
        addCuratedRows(documents, bundle);
        for (DocumentParser parser : PARSERS) {
            parser.parse(documents, curation, bundle);
        }
        applyFixes(bundle);
        // last: places resolve against the gazetteer and entities now in the bundle, with their names as fixed
        PlaceNames.resolve(documents, curation, bundle);
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path file : old.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                Files.delete(file);
            }
        }
        return bundle.write(out);
    }

    private Map<String, SourceDocument> readSources() throws IOException {
        Map<String, SourceDocument> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                SourceDocument document = SourceDocument.read(file);
                documents.put(document.id(), document);
            }
        }
        return documents;
    }

    /**
     * Every {@code <File>.csv} under a folder of {@code data/curation/} is a table of rows of that bundle file, with
     * an optional {@code reason} column (kept out of the bundle). Their citations must name existing lines.
     */
    private void addCuratedRows(Map<String, SourceDocument> documents, ExtractedBundle bundle) throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.walk(curation)) {
            tables = files.filter(f -> BundleWriter.columns(f.getFileName().toString()) != null).sorted().toList();
        }
        for (Path file : tables) {
            CurationTable table = CurationTable.read(file);
            for (CurationTable.Row row : table.rows()) {
                Map<String, String> cells = new java.util.LinkedHashMap<>(row.cells());
                cells.remove("reason");
                checkCitations(documents, row, cells.getOrDefault("src", ""));
                bundle.add(file.getFileName().toString(), cells, row.where());
            }
        }
    }

    /** Every {@code fixes.csv} under the curation folder: file, id, column, text as printed, fixed text, reason. */
    private void applyFixes(ExtractedBundle bundle) throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.walk(curation)) {
            tables = files.filter(f -> f.getFileName().toString().equals("fixes.csv")).sorted().toList();
        }
        for (Path file : tables) {
            for (CurationTable.Row row : CurationTable.read(file).rows()) {
                if (row.get("reason").isBlank()) {
                    throw new ExtractionException(row.where() + ": a fix needs its reason");
                }
                bundle.fix(row.get("file"), row.get("id"), row.get("column"), row.get("text"), row.get("fixed"), row.where());
            }
        }
    }

    static void checkCitations(Map<String, SourceDocument> documents, CurationTable.Row row, String src) {
        for (String citation : src.split("\\|")) {
            if (citation.isBlank()) {
                continue;
            }
            String[] parts = citation.split(":");
            SourceDocument document = documents.get(parts[0]);
            if (document == null || parts.length != 2 || !parts[1].matches("\\d+")
                    || Integer.parseInt(parts[1]) > document.size()) {
                throw new ExtractionException(row.where() + ": citation " + citation + " names no line of sources/");
            }
        }
    }
}
