package th.phakee.provenance;

import java.util.List;

/** A line of a source document (GraphQL type {@code Citation}), written {@code "003:142"} in the graph's {@code src} lists. */
public record Citation(String sourceId, int line) {

    public static List<Citation> of(List<String> src) {
        return src.stream().map(Citation::parse).toList();
    }

    static Citation parse(String citation) {
        int colon = citation.indexOf(':');
        return new Citation(citation.substring(0, colon), Integer.parseInt(citation.substring(colon + 1)));
    }
}
