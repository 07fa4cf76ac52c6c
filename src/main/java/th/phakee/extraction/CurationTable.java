package th.phakee.extraction;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV table under {@code data/curation/}, each row with the line it starts on (for error messages). */
record CurationTable(Path file, List<String> header, List<Row> rows) {

    record Row(Path file, int line, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        String where() {
            return file + ":" + line;
        }
    }

    static CurationTable read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                int line = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new ExtractionException(file + ":" + line + ": has " + record.size() + " fields but the header has "
                            + header.size());
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new Row(file, line, cells));
            }
        }
        return new CurationTable(file, header == null ? List.of() : header, rows);
    }
}
