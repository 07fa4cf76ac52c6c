package th.phakee.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a user may type, as search reads them: {@code searchText}, each name lower-cased between two
 * separators, derived when an entity is imported or changed and read through the text index
 * {@code entity_search_text}. The separators let one index answer the three tiers of a search: a name equal to
 * the text contains {@code ␟text␟}, a name starting with it {@code ␟text}, any name holding it {@code text}.
 */
public final class SearchText {

    /**
     * The most entities one tier of a search reads (names equal to the text, starting with it, containing it, its
     * words): enough to rank any page a person reads (first ≤ 500), few enough that a text thousands of names
     * share costs the same on any size of graph.
     */
    public static final int CANDIDATES_PER_TIER = 1000;

    /** No name holds it (names are normalised text), so no match spans two names. */
    static final String SEPARATOR = "\u001f";

    private SearchText() {
    }

    /** The search text of an entity's properties; null for an entity without a name. */
    public static String of(Map<String, Object> properties) {
        List<String> names = new ArrayList<>();
        for (String property : List.of("nameTh", "nameEn", "abbr", "title")) {
            if (properties.get(property) instanceof String name) {
                names.add(name);
            }
        }
        if (properties.get("aliases") instanceof List<?> aliases) {
            aliases.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
        }
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(SEPARATOR);
        names.forEach(name -> text.append(name.toLowerCase(Locale.ROOT)).append(SEPARATOR));
        return text.toString();
    }

    /** What a name equal to {@code text} (lower-cased) leaves in the search text. */
    public static String whole(String text) {
        return SEPARATOR + text + SEPARATOR;
    }

    /** What a name starting with {@code text} (lower-cased) leaves in the search text. */
    public static String start(String text) {
        return SEPARATOR + text;
    }
}
