package th.phakee.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the full-text query from what a person typed, never letting their text act as Lucene syntax: the whole
 * text as a phrase (boosted: a name containing it ranks first), or any of its words, or a word's prefix.
 * <p>
 * The query is bounded whatever the text, so that Lucene never refuses it. Lucene refuses a query of more than
 * 1024 clauses once rewritten ({@code TooManyClauses}: a few hundred words did it, each a clause on each of the
 * index's five fields, prefixes more) and a prefix whose automaton has more than 1000 states ({@code automaton too
 * large}: one Thai mark typed 500 times, three bytes each). So: the phrase only for a text of at most
 * {@value #MAX_PHRASE} characters; the distinct words while they add up to at most {@value #MAX_WORD_CHARACTERS}
 * characters (a word is at least one token, so at most as many tokens as characters; a longer first word is cut);
 * prefixes for the first {@value #MAX_PREFIXES} words only, each at most {@value #MAX_PREFIX} characters (a prefix
 * is rewritten into at most 16 terms per field before it becomes a filter). At most 5 × (60 + 80) + 3 × 5 × 16 =
 * 940 clauses. The whole text is still matched against names as plain text by the search statement.
 */
public final class LuceneQuery {

    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b");
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    static final int MAX_PHRASE = 60;
    static final int MAX_WORD_CHARACTERS = 80;
    static final int MAX_PREFIXES = 3;
    static final int MAX_PREFIX = 30;

    private LuceneQuery() {
    }

    public static String of(String text) {
        // distinct words (as the index lower-cases them), in the order typed
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                distinct.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
            }
        }
        List<String> words = new ArrayList<>();
        int characters = 0;
        for (String word : distinct.values()) {
            if (characters + word.length() > MAX_WORD_CHARACTERS) {
                if (words.isEmpty()) {
                    words.add(cut(word, MAX_WORD_CHARACTERS));
                }
                break;
            }
            words.add(word);
            characters += word.length();
        }
        List<String> parts = new ArrayList<>();
        if (text.length() <= MAX_PHRASE) {
            parts.add("\"" + escape(text) + "\"^4");
        }
        parts.add(words.stream().map(LuceneQuery::escape).collect(Collectors.joining(" ")));
        words.stream().filter(w -> w.length() >= 2).limit(MAX_PREFIXES)
                .map(w -> escape(cut(w, MAX_PREFIX).toLowerCase(Locale.ROOT)) + "*").forEach(parts::add);
        return parts.stream().filter(p -> !p.isBlank()).collect(Collectors.joining(" "));
    }

    /** The smallest query: the first word, cut to 20 characters. */
    static String minimal(String text) {
        String first = text.split("\\s+")[0];
        return escape(cut(first.isEmpty() ? text.strip() : first, 20));
    }

    /** The first {@code max} characters of a word, not splitting a surrogate pair. */
    private static String cut(String word, int max) {
        if (word.length() <= max) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(max - 1)) ? max - 1 : max;
        return word.substring(0, end);
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
        return OPERATOR.matcher(escaped).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }
}
