package th.phakee.extraction;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as the documents print them: Thai or Arabic digits, thousands separators, baht or million baht. */
final class ThaiNumbers {

    /** A number as printed: digits with optional thousands separators and decimals. */
    static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private ThaiNumbers() {
    }

    /** Thai digits (๐-๙) as Arabic ones. */
    static String arabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }

    static BigDecimal decimal(String printed) {
        return new BigDecimal(arabic(printed).replace(",", "").strip());
    }

    /** Whole baht from a figure printed in baht ("4,000" → 4000); refuses satang. */
    static long baht(String printed) {
        return decimal(printed).longValueExact();
    }

    /** Whole baht from a figure printed in million baht ("5,834.1047" → 5834104700), exactly. */
    static long bahtFromMillions(String printed) {
        return decimal(printed).movePointRight(6).longValueExact();
    }

    /** The first number printed in {@code text}, or null. */
    static String firstNumber(String text) {
        Matcher m = NUMBER.matcher(arabic(text));
        return m.find() ? m.group() : null;
    }
}
