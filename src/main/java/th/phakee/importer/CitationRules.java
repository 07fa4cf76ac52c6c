package th.phakee.importer;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import th.phakee.provenance.SourceTexts;

/**
 * Which documents a citation may name and which lines they have: the source documents packaged with the service
 * ({@code sources/}, read by {@link SourceTexts}), and those a bundle carries in its own {@code sources/} folder.
 * A citation of a document or a line that does not exist would leave a fact whose source nobody can read (a
 * citation of document 999 made every read of its {@code sources} fail).
 */
final class CitationRules {

    /** The property of a Source node that says how many lines a document a bundle carried has (the graph's own). */
    static final String LINE_COUNT = "lineCount";

    private static volatile CitationRules packaged;

    private final SortedMap<String, Integer> lineCounts;

    CitationRules(Map<String, Integer> lineCounts) {
        this.lineCounts = new TreeMap<>(lineCounts);
    }

    /** The documents packaged with the service. */
    static CitationRules packaged() {
        CitationRules rules = packaged;
        if (rules == null) {
            rules = new CitationRules(new SourceTexts().lineCounts());
            packaged = rules;
        }
        return rules;
    }

    /** These rules and the documents of {@code more} (a bundle's own, by id, with their line counts). */
    CitationRules with(Map<String, Integer> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Integer> all = new TreeMap<>(lineCounts);
        all.putAll(more);
        return new CitationRules(all);
    }

    /** Whether these rules know how many lines {@code document} has. */
    boolean knows(String document) {
        return lineCounts.containsKey(document);
    }

    /** What is wrong with a citation of the form {@code doc:line}, or null if its document has that line. */
    String problem(String citation) {
        int colon = citation.indexOf(':');
        String document = citation.substring(0, colon);
        String line = citation.substring(colon + 1);
        Integer lines = lineCounts.get(document);
        if (lines == null) {
            return "citation " + ValueCodec.quoted(citation) + ": no source document " + document + " (the documents are "
                    + String.join(", ", lineCounts.keySet()) + ")";
        }
        if (line.length() > 9 || Integer.parseInt(line) > lines) {
            return "citation " + ValueCodec.quoted(citation) + ": document " + document + " has " + lines + " lines";
        }
        return null;
    }

    /** The document a citation names. */
    static String document(String citation) {
        return citation.substring(0, citation.indexOf(':'));
    }
}
