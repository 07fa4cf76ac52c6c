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
            case TEXT -> text;
            case INTEGER -> {
                if (!INTEGER.matcher(text).matches()) {
                    throw new BadValue("\"" + text + "\" is not a whole number");
                }
                yield Long.parseLong(text);
            }
            case MONEY -> {
                if (text.startsWith("-")) {
                    throw new BadValue("negative money \"" + text + "\": amounts are baht, zero or more");
                }
                if (!MONEY.matcher(text).matches()) {
                    throw new BadValue("\"" + text + "\" is not an amount of baht (digits only, no separators or decimals)");
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
                    throw new BadValue("\"" + text + "\" is not a decimal number (digits, an optional . and fraction)");
                }
                yield new BigDecimal(text);
            }
            case BOOLEAN -> switch (text) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new BadValue("\"" + text + "\" is not true or false");
            };
            case ENUM -> {
                if (!column.allowed().contains(text)) {
                    throw new BadValue("unknown value \"" + text + "\"; expected one of " + String.join(", ", column.allowed()));
                }
                yield text;
            }
            case DATE -> {
                try {
                    yield java.time.LocalDate.parse(text).toString();
                }
                catch (java.time.format.DateTimeParseException e) {
                    throw new BadValue("\"" + text + "\" is not a date (yyyy-mm-dd)");
                }
            }
            case LIST -> split(text);
            case CITATIONS -> {
                List<String> citations = split(text);
                for (String citation : citations) {
                    if (!CITATION.matcher(citation).matches()) {
                        throw new BadValue("citation \"" + citation + "\" is not of the form doc:line (e.g. 003:142)");
                    }
                }
                yield citations;
            }
        };
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
