package th.phakee.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One file of {@code cypher/queries/}: the Cypher of one schema coordinate ({@code Plan.children},
 * {@code PlanFilter.level}, {@code PlanOrderField.NAME}), in which {@code this} is the value the field belongs
 * to and {@code $name} is the field's argument (or, in a filter, the input field) of that name. Four shapes:
 * <ul>
 * <li>{@link Shape#EXPRESSION}: {@code RETURN <expression>}, a value computed from {@code this} alone, inlined;
 * <li>{@link Shape#QUERY}: clauses ending in {@code RETURN} (with its {@code ORDER BY}/{@code LIMIT}): each row
 * is one value of the field (one column) or the fields of one value (several columns, named after them);
 * <li>{@link Shape#PREDICATE}: a condition on {@code this} (a filter's input field);
 * <li>{@link Shape#PATTERN}: clauses without {@code RETURN} that keep {@code this} (a filter that walks the
 * graph, or the anchor of a connection).
 * </ul>
 */
record Fragment(String coordinate, Shape shape, String text, List<String> columns, Set<String> parameters) {

    enum Shape {
        EXPRESSION, QUERY, PREDICATE, PATTERN
    }

    private static final List<String> CLAUSES = List.of("MATCH", "OPTIONAL", "WITH", "UNWIND", "CALL");

    /** Parses a file's text; a shape the compiler cannot nest is refused with the coordinate and the reason. */
    static Fragment parse(String coordinate, String source) {
        String text = CypherText.withoutComments(source).strip();
        if (text.isEmpty()) {
            throw invalid(coordinate, "is empty");
        }
        if (CypherText.hasTopLevelKeyword(text, "UNION")) {
            throw invalid(coordinate, "has a top-level UNION; put it in a CALL { … } and RETURN after it");
        }
        Set<String> parameters = CypherText.parameters(text);
        int ret = CypherText.lastTopLevelKeyword(text, "RETURN");
        if (ret < 0) {
            String first = text.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            return new Fragment(coordinate, CLAUSES.contains(first) ? Shape.PATTERN : Shape.PREDICATE, text, List.of(),
                    parameters);
        }
        String returned = text.substring(ret + "RETURN".length()).strip();
        String items = returned;
        for (String keyword : List.of("ORDER", "SKIP", "LIMIT")) {
            int at = CypherText.firstTopLevelKeyword(items, keyword);
            if (at >= 0) {
                items = items.substring(0, at);
            }
        }
        if (ret == 0) {
            // RETURN <expression>: nothing to order, one value
            List<String> parts = CypherText.splitTopLevel(items, ',');
            if (!items.strip().equals(returned) || parts.size() != 1 || CypherText.startsWordAt(returned, 0, "DISTINCT")) {
                throw invalid(coordinate, "starts with RETURN, so it must return one expression and nothing else");
            }
            String expression = parts.get(0);
            int as = CypherText.lastTopLevelKeyword(expression, "AS");
            return new Fragment(coordinate, Shape.EXPRESSION, as >= 0 ? expression.substring(0, as).strip() : expression,
                    List.of(), parameters);
        }
        return new Fragment(coordinate, Shape.QUERY, text, columns(coordinate, items), parameters);
    }

    /** The expression of an EXPRESSION fragment, with {@code this} standing for {@code value}. */
    String expressionOf(String value) {
        return CypherText.renameVariable(text, "this", value);
    }

    /**
     * A QUERY fragment's clauses with its final {@code RETURN} turned into {@code WITH} (keeping its ordering and
     * limits), so that more clauses can follow it.
     */
    String asClauses() {
        int ret = CypherText.lastTopLevelKeyword(text, "RETURN");
        return text.substring(0, ret) + "WITH" + text.substring(ret + "RETURN".length());
    }

    /**
     * Whether a PATTERN fragment binds {@code this} itself (ends with {@code … AS this}): it starts the walk from its
     * own anchor, so it is placed before the connection's label match instead of after it.
     */
    boolean isSource() {
        return shape == Shape.PATTERN && text.strip().matches("(?s).*\\bAS\\s+this$");
    }

    /** A single-column expression fragment that is no more than a property of {@code this}: its name, else null. */
    String propertyOfThis() {
        if (shape != Shape.EXPRESSION) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile("this\\.([A-Za-z_][A-Za-z0-9_]*)").matcher(text.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static List<String> columns(String coordinate, String items) {
        List<String> columns = new ArrayList<>();
        String list = items.strip();
        if (CypherText.startsWordAt(list, 0, "DISTINCT")) {
            list = list.substring("DISTINCT".length()).strip();
        }
        for (String item : CypherText.splitTopLevel(list, ',')) {
            int as = CypherText.lastTopLevelKeyword(item, "AS");
            String name = as >= 0 ? item.substring(as + 2).strip() : item.strip();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw invalid(coordinate, "returns \"" + item + "\" without a name; add AS <field name>");
            }
            columns.add(name);
        }
        return List.copyOf(columns);
    }

    private static IllegalStateException invalid(String coordinate, String why) {
        return new IllegalStateException("Cypher fragment " + coordinate + ".cypher " + why);
    }
}
