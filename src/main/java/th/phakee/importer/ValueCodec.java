package th.phakee.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a bundle cell into the value stored in the graph and back: the one place that knows how each
 * {@link ValueType} is written.
 */
final class ValueCodec {

    static final String LIST_SEPARATOR = "|";
    private static final Pattern CITATION = Pattern.compile("\\d{3}:[1-9]\\d*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern MONEY = Pattern.compile("\\d{1,18}");
    /**
     * The largest amount of one figure: a hundred trillion baht (the Budget Act of FY2565 is 3.1 trillion). Any
     * 92,233 figures of this size still add up within a 64-bit total, so no sum of the API can overflow.
     */
    static final long MAX_BAHT = 100_000_000_000_000L;
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,10})?");

    /**
     * An id: ASCII letters and digits, and {@code - _ .} after the first character; what every id of the dataset
     * is made of ({@code TH-63}, {@code CODI-AP2567-P03}, {@code IND-000-1.1}). No {@code |} (the bundle's list
     * separator), quotes, spaces, control characters or Thai: an id travels through CSV, URLs and Cypher tools.
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final String ID_RULE = "ids are 1 to 100 characters of A–Z, a–z, 0–9 and - _ . (not first)";
    /** The name columns, searched by the full-text index and (nameTh) sorted by a range index on its sort key. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("nameTh", "nameEn", "abbr", "title");
    /** The longest name or alias: the longest in the documents is 280 characters. */
    static final int MAX_NAME = 500;
    /** The longest other text (a note, a context): the longest in the documents is 371 characters. */
    static final int MAX_TEXT = 1000;
    /** The most items of a list (aliases, citations): the dataset has at most 16. */
    static final int MAX_ITEMS = 100;
    /**
     * The longest Thai sort key ({@code sortKey}, hex text of nameTh's collation key): a range index takes keys of
     * at most 8,167 bytes, and a transaction that writes a longer one fails at commit. A name within
     * {@link #MAX_NAME} has a key of 1–5 kB; this guards the letters whose keys are longest.
     */
    static final int MAX_SORT_KEY = 8000;
    /** Fiscal years, Buddhist Era: the range the API's arguments take (read.ArgumentRules). */
    static final int FIRST_YEAR = 2500;
    static final int LAST_YEAR = 2700;

    /** Thrown with a message that says what was expected; the caller adds file, line and column. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message);
        }
    }

    private ValueCodec() {
    }

    static String normalise(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** The graph value of a non-empty cell. */
    static Object parse(Column column, String cell) throws BadValue {
        String text = normalise(cell);
        return switch (column.type()) {
            case TEXT -> {
                if (column.name().equals("id") && idProblem(text) != null) {
                    throw new BadValue(idProblem(text));
                }
                yield length(column.name(), text, NAMES.contains(column.name()) ? MAX_NAME : MAX_TEXT);
            }
            case INTEGER -> {
                if (!INTEGER.matcher(text).matches()) {
                    throw new BadValue(quoted(text) + " is not a whole number");
                }
                yield inRange(column.name(), Long.parseLong(text));
            }
            case MONEY -> {
                if (text.startsWith("-")) {
                    throw new BadValue("negative money " + quoted(text) + ": amounts are baht, zero or more");
                }
                if (!MONEY.matcher(text).matches()) {
                    throw new BadValue(quoted(text) + " is not an amount of baht (digits only, no separators or decimals)");
                }
                long baht = Long.parseLong(text);
                if (baht > MAX_BAHT) {
                    throw new BadValue(text + " baht is more than one figure can be (at most " + MAX_BAHT
                            + ", a hundred trillion): check the unit (baht, not satang)");
                }
                yield baht;
            }
            case DECIMAL -> {
                if (!DECIMAL.matcher(text).matches()) {
                    throw new BadValue(quoted(text) + " is not a decimal number (digits, an optional . and fraction)");
                }
                yield new BigDecimal(text);
            }
            case BOOLEAN -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new BadValue(quoted(text) + " is not true or false");
            };
            case ENUM -> {
                if (!column.allowed().contains(text)) {
                    throw new BadValue("unknown value " + quoted(text) + "; expected one of " + String.join(", ", column.allowed()));
                }
                yield text;
            }
            case DATE -> {
                try {
                    yield java.time.LocalDate.parse(text).toString();
                }
                catch (java.time.format.DateTimeParseException e) {
                    throw new BadValue(quoted(text) + " is not a date (yyyy-mm-dd)");
                }
            }
            case LIST -> {
                List<String> items = items(split(text));
                for (String item : items) {
                    length(column.name(), item, MAX_NAME);
                }
                yield items;
            }
            case CITATIONS -> {
                List<String> citations = items(split(text));
                for (String citation : citations) {
                    if (!CITATION.matcher(citation).matches()) {
                        throw new BadValue("citation " + quoted(citation) + " is not of the form doc:line (e.g. 003:142)");
                    }
                }
                yield citations;
            }
        };
    }

    /** What is wrong with an id, or null. */
    static String idProblem(String id) {
        return ID.matcher(id).matches() ? null : quoted(id) + " is not an id: " + ID_RULE;
    }

    /** {@code text} if it is at most {@code max} characters long (and its sort key fits its index). */
    private static String length(String column, String text, int max) throws BadValue {
        if (text.length() > max) {
            throw new BadValue(text.length() + " characters; at most " + max + " are accepted"
                    + (max == MAX_NAME ? " in a name" : ""));
        }
        if (column.equals("nameTh") && ThaiCollation.sortKey(text).length() > MAX_SORT_KEY) {
            throw new BadValue("too long to sort: the Thai sort key of these " + text.length() + " characters would be "
                    + ThaiCollation.sortKey(text).length() + " bytes, more than the index takes (" + MAX_SORT_KEY + ")");
        }
        return text;
    }

    private static List<String> items(List<String> items) throws BadValue {
        if (items.size() > MAX_ITEMS) {
            throw new BadValue(items.size() + " items; at most " + MAX_ITEMS + " are accepted");
        }
        return items;
    }

    /** The bounds of whole numbers: fiscal years (BE), quarters and counts. */
    private static long inRange(String column, long value) throws BadValue {
        if ((column.equals("fiscalYear") || column.endsWith("FY")) && (value < FIRST_YEAR || value > LAST_YEAR)) {
            throw new BadValue(value + " is not a Buddhist Era year between " + FIRST_YEAR + " and " + LAST_YEAR
                    + (value > 1900 && value < 2200 ? " (that looks like a CE year; BE = CE + 543, e.g. 2024 → 2567)" : ""));
        }
        if (column.equals("quarter") && (value < 1 || value > 4)) {
            throw new BadValue(value + " is not a quarter of the fiscal year (1 to 4)");
        }
        if (column.equals("count") && value < 0) {
            throw new BadValue(value + " is less than 0: a count is zero or more");
        }
        return value;
    }

    /** A value quoted for a message, cut short and with its control characters shown as escapes. */
    static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        StringBuilder out = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            }
            else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** The cell text of a graph value, as {@link #parse} reads it. */
    static String format(Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(Pattern.quote(LIST_SEPARATOR)))
                .map(ValueCodec::normalise)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
