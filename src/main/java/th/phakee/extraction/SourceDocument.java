package th.phakee.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** One source document's text as numbered lines (1-based, as {@code sed -n} counts them), NFC-normalised. */
final class SourceDocument {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final String id;
    private final List<String> lines;

    SourceDocument(String id, List<String> lines) {
        this.id = id;
        this.lines = lines;
    }

    static SourceDocument read(Path file) throws IOException {
        String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        return new SourceDocument(file.getFileName().toString().substring(0, 3), List.of(text.split("\n", -1)));
    }

    String id() {
        return id;
    }

    int size() {
        return lines.size();
    }

    String line(int number) {
        if (number < 1 || number > lines.size()) {
            throw new ExtractionException(id + ":" + number + ": no such line (the document has " + lines.size() + ")");
        }
        return lines.get(number - 1);
    }

    /** The cells of a tab-separated table row, HTML tags removed and whitespace collapsed. */
    List<String> cells(int number) {
        return Arrays.stream(line(number).split("\t", -1)).map(SourceDocument::plain).toList();
    }

    /** The citation of a line, {@code "003:142"}. */
    String cite(int number) {
        line(number);
        return id + ":" + number;
    }

    static String plain(String text) {
        return TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
