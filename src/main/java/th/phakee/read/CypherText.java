package th.phakee.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The little the compiler needs to know of Cypher's syntax to nest a fragment: where code is (outside string
 * literals, backtick names and comments), how deep in brackets, where the last top-level {@code RETURN} is, and
 * which identifiers and parameters a fragment uses. Fragments are the project's own files, checked at start-up;
 * nothing a client sends is ever put into a statement's text.
 */
final class CypherText {

    private CypherText() {
    }

    /** The text without {@code //} comments (a fragment's header), blank lines dropped. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        scan(text, (i, c, depth) -> true, (start, end) -> out.append(text, start, end), true);
        return out.toString().lines().map(String::stripTrailing).filter(l -> !l.isBlank())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Every occurrence of the variable {@code from} (not a property key, label or parameter) renamed {@code to}. */
    static String renameVariable(String text, String from, String to) {
        return mapIdentifiers(text, name -> name.equals(from) ? to : name, false);
    }

    /** Every parameter {@code $name} renamed by {@code rename}. */
    static String renameParameters(String text, UnaryOperator<String> rename) {
        return mapIdentifiers(text, rename, true);
    }

    /** The names of the parameters the text uses. */
    static Set<String> parameters(String text) {
        Set<String> names = new LinkedHashSet<>();
        renameParameters(text, name -> {
            names.add(name);
            return name;
        });
        return names;
    }

    /** Whether {@code word} (a keyword) occurs in code at bracket depth 0. */
    static boolean hasTopLevelKeyword(String text, String word) {
        return lastTopLevelKeyword(text, word) >= 0;
    }

    /** The index of the last occurrence of the keyword {@code word} in code at bracket depth 0, or -1. */
    static int lastTopLevelKeyword(String text, String word) {
        List<Integer> all = topLevelKeyword(text, word);
        return all.isEmpty() ? -1 : all.get(all.size() - 1);
    }

    /** The index of the first occurrence of the keyword {@code word} in code at bracket depth 0, or -1. */
    static int firstTopLevelKeyword(String text, String word) {
        List<Integer> all = topLevelKeyword(text, word);
        return all.isEmpty() ? -1 : all.get(0);
    }

    private static List<Integer> topLevelKeyword(String text, String word) {
        List<Integer> found = new ArrayList<>();
        String upper = word.toUpperCase(Locale.ROOT);
        scan(text, (i, c, depth) -> {
            if (depth == 0 && startsWordAt(text, i, upper)) {
                found.add(i);
            }
            return true;
        }, (s, e) -> { }, false);
        return found;
    }

    /** The text cut at each {@code separator} that stands in code at bracket depth 0, each part stripped. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int[] start = { 0 };
        scan(text, (i, c, depth) -> {
            if (depth == 0 && c == separator) {
                parts.add(text.substring(start[0], i).strip());
                start[0] = i + 1;
            }
            return true;
        }, (s, e) -> { }, false);
        parts.add(text.substring(start[0]).strip());
        return parts;
    }

    /** Whether the keyword starts at {@code i} as a whole word (case-insensitive). */
    static boolean startsWordAt(String text, int i, String upperWord) {
        int end = i + upperWord.length();
        if (end > text.length() || !text.regionMatches(true, i, upperWord, 0, upperWord.length())) {
            return false;
        }
        boolean before = i == 0 || !isIdentifierPart(text.charAt(i - 1));
        boolean after = end == text.length() || !isIdentifierPart(text.charAt(end));
        return before && after;
    }

    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static String mapIdentifiers(String text, UnaryOperator<String> rename, boolean parameters) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int[] code = codeMask(text);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (code[i] == 1 && (Character.isLetter(c) || c == '_' || c == '$')
                    && (i == 0 || !isIdentifierPart(text.charAt(i - 1)) && text.charAt(i - 1) != '$')) {
                boolean parameter = c == '$';
                int start = parameter ? i + 1 : i;
                int end = start;
                while (end < text.length() && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(start, end);
                char previous = previousCodeChar(text, code, i);
                boolean variable = !parameter && previous != '.' && previous != ':';
                if (parameter && parameters && !name.isEmpty()) {
                    out.append('$').append(rename.apply(name));
                }
                else if (!parameters && variable) {
                    out.append(rename.apply(name));
                }
                else {
                    out.append(text, i, end);
                }
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static char previousCodeChar(String text, int[] code, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return code[j] == 1 ? text.charAt(j) : ' ';
            }
        }
        return ' ';
    }

    /** 1 where the character is code, 0 inside a string literal, backtick name or comment. */
    private static int[] codeMask(String text) {
        int[] mask = new int[text.length()];
        scan(text, (i, c, depth) -> {
            mask[i] = 1;
            return true;
        }, (s, e) -> { }, false);
        return mask;
    }

    interface CodeVisitor {
        boolean visit(int index, char c, int depth);
    }

    interface SpanSink {
        void accept(int start, int end);
    }

    /**
     * Walks the text: {@code code} sees each code character with its bracket depth; {@code kept} receives the
     * spans that are not comments (when {@code dropComments}).
     */
    private static void scan(String text, CodeVisitor code, SpanSink kept, boolean dropComments) {
        int depth = 0;
        int i = 0;
        int keptFrom = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                if (dropComments) {
                    kept.accept(keptFrom, i);
                    keptFrom = end;
                }
                i = end;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' && c != '`' ? 2 : 1;
                }
                i = Math.min(end + 1, text.length());
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                code.visit(i, c, depth);
                depth++;
            }
            else if (c == ')' || c == ']' || c == '}') {
                depth--;
                code.visit(i, c, depth);
            }
            else {
                code.visit(i, c, depth);
            }
            i++;
        }
        if (dropComments) {
            kept.accept(keptFrom, text.length());
        }
    }
}
