package th.phakee.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Builds the full-text query from what a person typed, never letting their text act as Lucene syntax: the whole
 * text as a phrase (boosted: a name containing it ranks first), or any of its words, or a word's prefix.
 */
public final class LuceneQuery {

    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b");
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    public static String of(String text) {
        String[] words = text.split("\\s+");
        String phrase = "\"" + escape(text) + "\"^4";
        String anyWord = Arrays.stream(words).map(LuceneQuery::escape).collect(Collectors.joining(" "));
        String prefixes = Arrays.stream(words).filter(w -> w.length() >= 2)
                .map(w -> escape(w.toLowerCase(java.util.Locale.ROOT)) + "*").collect(Collectors.joining(" "));
        return phrase + " " + anyWord + (prefixes.isEmpty() ? "" : " " + prefixes);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // AND, OR and NOT are operators only in upper case; lower-casing them keeps them words
        return OPERATOR.matcher(escaped).replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT));
    }
}
