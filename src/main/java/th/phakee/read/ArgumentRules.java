package th.phakee.read;

import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.Page;

/**
 * The rules every argument of a name obeys, wherever it is taken (a root field, a nested field, a filter's input
 * field), checked before a statement is built: a page size within bounds, a fiscal year that is a Buddhist Era
 * year the documents could speak of, text no longer than the indexes and matchers take.
 */
final class ArgumentRules {

    /** Buddhist Era years: 2500 is 1957 CE, 2700 is 2157 CE. */
    static final int FIRST_YEAR = 2500;
    static final int LAST_YEAR = 2700;

    private ArgumentRules() {
    }

    /** The arguments after their rules (input objects' fields too). */
    @SuppressWarnings("unchecked")
    static java.util.Map<String, Object> checked(java.util.Map<String, Object> arguments, ReadLimits limits) {
        java.util.Map<String, Object> checked = new java.util.HashMap<>();
        arguments.forEach((name, value) -> checked.put(name, value instanceof java.util.Map<?, ?> input
                ? checked((java.util.Map<String, Object>) input, limits) : checked(name, value, limits)));
        return checked;
    }

    /** The value to bind for the argument {@code name}, after its rule; a broken rule is a BAD_REQUEST naming it. */
    static Object checked(String name, Object value, ReadLimits limits) {
        if (value == null) {
            return null;
        }
        if (name.equals("first")) {
            return Page.first(((Number) value).intValue());
        }
        if (value instanceof java.util.List<?> list && list.size() > Page.MAX_FIRST) {
            throw new InvalidRequestException("Argument '" + name + "' holds " + list.size() + " items; at most "
                    + Page.MAX_FIRST + " are accepted.");
        }
        if (name.equals("fiscalYear") || name.endsWith("FY")) {
            int year = ((Number) value).intValue();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new InvalidRequestException("Argument '" + name + "' must be a Buddhist Era year between "
                        + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year
                        + (year > 1900 && year < 2200 ? " (that looks like a CE year; BE = CE + 543, e.g. 2024 → 2567)" : "")
                        + ".");
            }
            return year;
        }
        // a cursor is checked by decoding it; the API wrote it, whatever its length
        if (value instanceof String text && !name.equals("after") && text.length() > limits.maxTextLength()) {
            throw new InvalidRequestException("Argument '" + name + "' is " + text.length() + " characters long; at most "
                    + limits.maxTextLength() + " are accepted.");
        }
        return value;
    }
}
