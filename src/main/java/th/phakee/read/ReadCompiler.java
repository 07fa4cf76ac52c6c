package th.phakee.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SelectedField;
import org.springframework.stereotype.Component;

import th.phakee.graph.InvalidRequestException;
import th.phakee.graph.KeysetCursor;
import th.phakee.graph.Page;

/**
 * Compiles a root field and its whole selection into one Cypher statement, in the shape of the GraphQL response
 * (as @neo4j/graphql's translate layer does): each nested field's fragment ({@link Fragment}, one file per schema
 * coordinate) becomes a {@code CALL (parent) { … }} subquery, or an inline expression where it is one; field
 * arguments become parameters; nothing is computed that the selection does not ask for. A request then costs one
 * round trip per root field, whatever its depth and width.
 *
 * <p>Built in: {@code Money} (projected from whole baht), {@code Citation} (from the {@code "doc:line"} strings of
 * a {@code src} list; {@code sources} fields without a fragment read {@code this.src}), connections (keyset
 * pages over a filter made of the filter input's fragments and ordered by the order enum's fragments), fields
 * named {@code …CE} beside a Buddhist Era field (the year minus 543), and the fields {@link JavaFields} computes.
 */
@Component
public class ReadCompiler {

    /** A statement and its parameters; {@code data} is its one column, {@code edges.first} the page size asked. */
    public record CompiledRead(String statement, Map<String, Object> parameters, Connection connection) {
    }

    /** For a connection: what the page post-processing needs. */
    public record Connection(int first, boolean after, List<SelectedField> selection) {
    }

    private final FragmentCatalog fragments;
    private final ReadLimits limits;

    public ReadCompiler(FragmentCatalog fragments, ReadLimits limits) {
        this.fragments = fragments;
        this.limits = limits;
    }

    /**
     * Compiles the root field of {@code env}. {@code extras} are parameters the root fragment uses besides the
     * field's arguments (values a controller derived from them).
     */
    public CompiledRead compile(DataFetchingEnvironment env, Map<String, Object> extras) {
        Compilation c = new Compilation(env.getGraphQLSchema());
        String root = ((GraphQLNamedType) env.getParentType()).getName();
        String field = env.getField().getName();
        Map<String, Object> arguments = ArgumentRules.checked(env.getArguments(), limits);
        arguments.putAll(extras);
        List<SelectedField> selection = env.getSelectionSet().getImmediateFields();
        GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(env.getFieldType());
        if (isConnection(type)) {
            return c.connection(root, env.getFieldDefinition(), (GraphQLObjectType) type, arguments, selection);
        }
        Fragment fragment = fragments.get(root, field);
        String clauses = fragment.shape() == Fragment.Shape.EXPRESSION ? "WITH " + fragment.text() + " AS __value"
                : fragment.shape() == Fragment.Shape.QUERY ? fragment.asClauses()
                : null;
        if (clauses == null) {
            throw new IllegalStateException("Root fragment " + fragment.coordinate() + " must end with RETURN");
        }
        List<String> columns = fragment.shape() == Fragment.Shape.EXPRESSION ? List.of("__value") : fragment.columns();
        String body = c.bind(clauses, fragment, arguments::get);
        String notFound = columns.contains(NOT_FOUND) ? NOT_FOUND : null;
        List<String> values = columns.stream().filter(col -> !col.equals(NOT_FOUND)).toList();
        String statement = body + "\n" + c.rows(values, env.getFieldType(), selection, "data", notFound);
        return new CompiledRead(statement, c.parameters, null);
    }

    /**
     * A root fragment's optional column: the name of the argument whose id named nothing, on a row of no value
     * (else null). It makes the answer {@code {__notFound: <argument>}}, which {@link GraphReads} turns into a
     * NOT_FOUND error naming that argument: a list field, which would otherwise answer an empty list, says so too.
     * (GraphQL reserves names starting with {@code __}: no field is called that.)
     */
    static final String NOT_FOUND = "__notFound";

    static boolean isConnection(GraphQLNamedType type) {
        return type instanceof GraphQLObjectType object && type.getName().endsWith("Connection")
                && object.getFieldDefinition("edges") != null && object.getFieldDefinition("pageInfo") != null;
    }

    /** The projection of one value: the subqueries that must run before it, and the expression. */
    private record Value(List<String> prelude, String expression) {

        static Value of(String expression) {
            return new Value(List.of(), expression);
        }
    }

    /** One compilation: fresh variable and parameter names, the parameters bound so far. */
    private final class Compilation {

        private final GraphQLSchema schema;
        private final Map<String, Object> parameters = new HashMap<>();
        private int next;

        Compilation(GraphQLSchema schema) {
            this.schema = schema;
        }

        private String fresh(String prefix) {
            return prefix + (++next);
        }

        /** The text with its parameters renamed apart and bound to {@code values}' entries of their names. */
        String bind(String text, Fragment fragment, java.util.function.Function<String, Object> values) {
            Map<String, String> renamed = new HashMap<>();
            return CypherText.renameParameters(text, name -> renamed.computeIfAbsent(name, n -> {
                String parameter = fresh("p") + "_" + n;
                parameters.put(parameter, values.apply(n));
                return parameter;
            }));
        }

        /**
         * After clauses that leave {@code columns} as the rows of a field of type {@code type}: the clauses that
         * project each row with {@code selection} and aggregate them into {@code result} (one row). With
         * {@code notFound}, the column that names an argument whose id named nothing: where a row names one, the
         * result is {@code {__notFound: <argument>}} instead.
         */
        String rows(List<String> columns, GraphQLType type, List<SelectedField> selection, String result,
                String notFound) {
            String row = fresh("n");
            String binding = columns.size() == 1 ? columns.get(0)
                    : columns.stream().map(col -> "`" + col + "`: " + col).collect(Collectors.joining(", ", "{", "}"));
            GraphQLType element = GraphQLTypeUtil.unwrapNonNull(type);
            boolean list = element instanceof GraphQLList;
            GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
            Value value = element(row, named, selection);
            StringBuilder out = new StringBuilder("WITH ").append(binding).append(" AS ").append(row)
                    .append(notFound == null ? "" : ", " + notFound).append('\n');
            value.prelude().forEach(p -> out.append(p).append('\n'));
            boolean nullableElements = list && !(((GraphQLList) element).getWrappedType() instanceof GraphQLNonNull);
            String aggregate = nullableElements
                    // collect() drops nulls; a list whose items may be null keeps each in its place
                    ? "[item IN collect([CASE WHEN " + row + " IS NULL THEN null ELSE " + value.expression() + " END]) | item[0]]"
                    : list ? "collect(" + value.expression() + ")"
                    : isMoney(named) ? money("head(collect(" + row + "))")
                    : "head(collect(" + value.expression() + "))";
            if (notFound != null) {
                aggregate = "CASE WHEN count(" + notFound + ") > 0 THEN {" + NOT_FOUND + ": head(collect(" + notFound
                        + "))} ELSE " + aggregate + " END";
            }
            return out.append("RETURN ").append(aggregate).append(" AS ").append(result).toString();
        }

        /** The projection of {@code variable}, a value of {@code type}, with {@code selection}. */
        private Value element(String variable, GraphQLNamedType type, List<SelectedField> selection) {
            if (isMoney(type)) {
                return Value.of(money(variable));
            }
            if (type.getName().equals("Citation")) {
                Value one = citations(variable, "[" + variable + "]", selection);
                return new Value(one.prelude(), "head(" + one.expression() + ")");
            }
            if (!(type instanceof GraphQLFieldsContainer) && !(type instanceof GraphQLUnionType)) {
                return Value.of(variable);
            }
            return object(variable, type, selection);
        }

        /** A map of the selected fields of {@code variable} (an object, interface or union value). */
        private Value object(String variable, GraphQLNamedType type, List<SelectedField> selection) {
            List<String> prelude = new ArrayList<>();
            Map<String, String> entries = new LinkedHashMap<>();
            boolean abstractType = type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType;
            if (abstractType) {
                entries.put("__label", "[l IN labels(" + variable + ") WHERE l <> 'Entity'][0]");
            }
            Map<String, List<SelectedField>> byResultKey = new LinkedHashMap<>();
            selection.stream().filter(f -> !f.getName().startsWith("__"))
                    .forEach(f -> byResultKey.computeIfAbsent(f.getResultKey(), k -> new ArrayList<>()).add(f));
            byResultKey.forEach((key, fields) -> {
                Value value = fields.size() == 1 ? field(variable, type, fields.get(0), abstractType)
                        : byLabel(variable, type, fields);
                if (value != null) {
                    prelude.addAll(value.prelude());
                    entries.put(key, value.expression());
                }
            });
            String map = entries.entrySet().stream().map(e -> "`" + e.getKey() + "`: " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
            return new Value(prelude, map);
        }

        /** One result key that different object types of an abstract value fill from different fields. */
        private Value byLabel(String variable, GraphQLNamedType type, List<SelectedField> fields) {
            List<String> prelude = new ArrayList<>();
            StringBuilder cases = new StringBuilder("CASE");
            for (SelectedField f : fields) {
                Value value = field(variable, type, f, true);
                if (value == null) {
                    continue;
                }
                prelude.addAll(value.prelude());
                String labels = f.getObjectTypeNames().stream().map(t -> variable + ":`" + t + "`")
                        .collect(Collectors.joining(" OR "));
                cases.append(" WHEN ").append(labels).append(" THEN ").append(value.expression());
            }
            return new Value(prelude, cases.append(" END").toString());
        }

        /** The value of one selected field of {@code variable}; null for a field {@link JavaFields} computes. */
        private Value field(String variable, GraphQLNamedType owner, SelectedField selected, boolean abstractOwner) {
            String ownerName = abstractOwner ? selected.getObjectTypeNames().get(0) : owner.getName();
            if (JavaFields.computes(ownerName, selected.getName())) {
                return null;
            }
            GraphQLFieldDefinition definition = selected.getFieldDefinitions().get(0);
            GraphQLType type = definition.getType();
            Fragment fragment = fragmentOf(selected, abstractOwner);
            Map<String, Object> arguments = ArgumentRules.checked(selected.getArguments(), limits);
            if (fragment != null && fragment.shape() == Fragment.Shape.QUERY) {
                return query(variable, fragment, selected, arguments, type,
                        abstractOwner && !coversAll(owner, selected) ? selected.getObjectTypeNames() : List.of());
            }
            String expression;
            if (fragment != null) {
                expression = bind(fragment.expressionOf(variable), fragment, arguments::get);
            }
            else if (isCitation(type) && selected.getName().equals("sources")) {
                expression = variable + ".src";
            }
            else if (selected.getName().endsWith("CE") && hasField(ownerName, baseOfCommonEra(selected.getName()))) {
                expression = variable + ".`" + baseOfCommonEra(selected.getName()) + "` - 543";
            }
            else {
                expression = variable + ".`" + selected.getName() + "`";
            }
            return expression(variable, expression, type, selected);
        }

        private Fragment fragmentOf(SelectedField selected, boolean abstractOwner) {
            Fragment found = null;
            for (String typeName : selected.getObjectTypeNames()) {
                Fragment fragment = fragments.find(typeName, selected.getName()).orElse(null);
                if (found != null && fragment != found) {
                    throw new IllegalStateException("Field " + selected.getName() + " selected through an interface has"
                            + " different fragments for " + selected.getObjectTypeNames() + "; select it per type");
                }
                found = fragment;
                if (!abstractOwner) {
                    break;
                }
            }
            return found;
        }

        private boolean coversAll(GraphQLNamedType owner, SelectedField selected) {
            List<GraphQLObjectType> possible = owner instanceof GraphQLInterfaceType i ? schema.getImplementations(i)
                    : owner instanceof GraphQLUnionType u ? u.getTypes().stream().map(t -> (GraphQLObjectType) t).toList()
                    : List.of();
            return selected.getObjectTypeNames().containsAll(possible.stream().map(GraphQLObjectType::getName).toList());
        }

        private boolean hasField(String typeName, String field) {
            return schema.getType(typeName) instanceof GraphQLFieldsContainer container
                    && container.getFieldDefinition(field) != null;
        }

        /** A field whose fragment is a query: a subquery over the value, aggregated to one row. */
        private Value query(String variable, Fragment fragment, SelectedField selected, Map<String, Object> arguments,
                GraphQLType type, List<String> onlyLabels) {
            String result = fresh("v");
            String guard = onlyLabels.isEmpty() ? ""
                    : " WHERE " + onlyLabels.stream().map(t -> "this:`" + t + "`").collect(Collectors.joining(" OR "));
            String clauses = bind(fragment.asClauses(), fragment, arguments::get);
            String call = "CALL (" + variable + ") {\nWITH " + variable + " AS this" + guard + "\n" + clauses + "\n"
                    + rows(fragment.columns(), type, selected.getSelectionSet().getImmediateFields(), result, null) + "\n}";
            return new Value(List.of(call), result);
        }

        /** A field's value given as an expression of the parent: projected inline, or by a subquery if it must. */
        private Value expression(String parent, String expression, GraphQLType type, SelectedField selected) {
            GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
            GraphQLType outer = GraphQLTypeUtil.unwrapNonNull(type);
            boolean list = outer instanceof GraphQLList;
            boolean nonNull = type instanceof GraphQLNonNull;
            if (isMoney(named)) {
                return Value.of(list ? "[x IN coalesce(" + expression + ", []) | " + money("x") + "]" : money(expression));
            }
            if (named.getName().equals("Citation")) {
                return citations(parent, expression, selected.getSelectionSet().getImmediateFields());
            }
            if (!(named instanceof GraphQLFieldsContainer) && !(named instanceof GraphQLUnionType)) {
                return Value.of(list && nonNull ? "coalesce(" + expression + ", [])" : expression);
            }
            String m = fresh("n");
            Value element = object(m, named, selected.getSelectionSet().getImmediateFields());
            if (element.prelude().isEmpty()) {
                return Value.of(list ? "[" + m + " IN coalesce(" + expression + ", []) | " + element.expression() + "]"
                        : "head([" + m + " IN [" + expression + "] WHERE " + m + " IS NOT NULL | " + element.expression() + "])");
            }
            String result = fresh("v");
            StringBuilder call = new StringBuilder("CALL (").append(parent).append(") {\n")
                    .append("UNWIND ").append(list ? "coalesce(" + expression + ", [])" : "[" + expression + "]")
                    .append(" AS ").append(m).append("\nWITH ").append(m).append(" WHERE ").append(m).append(" IS NOT NULL\n");
            element.prelude().forEach(p -> call.append(p).append('\n'));
            call.append("RETURN ").append(list ? "collect(" : "head(collect(").append(element.expression())
                    .append(list ? ")" : "))").append(" AS ").append(result).append("\n}");
            return new Value(List.of(call.toString()), result);
        }

        /**
         * Citations from a list of {@code "doc:line"} texts: the line, what Java adds (the text), and, if asked for,
         * the source document, found by a subquery (a subquery expression inside the list would trip Neo4j 5.26's
         * planner under an index-ordered page).
         */
        private Value citations(String parent, String texts, List<SelectedField> selection) {
            String c = fresh("c");
            String doc = "split(" + c + ", ':')[0]";
            String line = "toInteger(split(" + c + ", ':')[1])";
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("__source", doc);
            entries.put("__line", line);
            String source = null;
            for (SelectedField f : selection) {
                if (f.getName().equals("line")) {
                    entries.put(f.getResultKey(), line);
                }
                else if (f.getName().equals("source")) {
                    source = source == null ? fresh("s") : source;
                    Value document = object(source, (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(f.getType()),
                            f.getSelectionSet().getImmediateFields());
                    if (!document.prelude().isEmpty()) {
                        throw new IllegalStateException("Source has no fields that need a subquery");
                    }
                    entries.put(f.getResultKey(), "CASE WHEN " + source + " IS NULL THEN null ELSE "
                            + document.expression() + " END");
                }
            }
            String map = entries.entrySet().stream().map(e -> "`" + e.getKey() + "`: " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
            if (source == null) {
                return Value.of("[" + c + " IN coalesce(" + texts + ", []) | " + map + "]");
            }
            String result = fresh("v");
            return new Value(List.of("CALL (" + parent + ") {\nUNWIND coalesce(" + texts + ", []) AS " + c
                    + "\nOPTIONAL MATCH (" + source + ":Source {id: " + doc + "})\nRETURN collect(" + map + ") AS "
                    + result + "\n}"), result);
        }

        /**
         * A connection root field: a keyset page of the nodes that pass the filter, in the order asked for, with
         * the total only if it is asked for.
         */
        CompiledRead connection(String root, GraphQLFieldDefinition definition, GraphQLObjectType type,
                Map<String, Object> arguments, List<SelectedField> selection) {
            Fragment anchor = fragments.get(root, definition.getName());
            @SuppressWarnings("unchecked")
            Map<String, Object> where = arguments.get("where") instanceof Map<?, ?> w ? (Map<String, Object>) w : Map.of();
            List<String> predicates = new ArrayList<>();
            List<String> patterns = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            if (!where.isEmpty()) {
                String filterType = ((GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(
                        definition.getArgument("where").getType())).getName();
                where.forEach((name, value) -> {
                    if (value == null) {
                        return;
                    }
                    Fragment filter = fragments.find(filterType, name).orElse(null);
                    if (filter == null) {
                        return;   // an input field that only qualifies another one (FragmentCheck allows no other)
                    }
                    String text = bind(filter.text(), filter, where::get);
                    (filter.shape() == Fragment.Shape.PREDICATE ? predicates : filter.isSource() ? sources : patterns).add(text);
                });
            }
            Order order = order(definition, arguments);
            int first = Page.first((Integer) arguments.get("first"));
            KeysetCursor after = arguments.get("after") == null ? null : KeysetCursor.decode((String) arguments.get("after"), "after");
            if (sources.size() > 1) {
                throw new InvalidRequestException("Filters " + where.keySet() + " cannot be combined: each starts the walk"
                        + " from its own entity; ask with one of them.");
            }
            // a filter that starts from its own anchor and hands on `this` goes first; the label match then checks it
            String base = String.join("\n", sources) + (sources.isEmpty() ? "" : "\n") + bind(anchor.text(), anchor, arguments::get);

            Map<String, String> result = new LinkedHashMap<>();
            List<String> calls = new ArrayList<>();
            List<SelectedField> edgesFields = new ArrayList<>();
            boolean page = false;
            for (SelectedField f : selection) {
                switch (f.getName()) {
                    case "totalCount" -> {
                        calls.add("CALL () {\n" + filtered(base, predicates, patterns)
                                + "\nRETURN count(DISTINCT this) AS total\n}");
                        result.put(f.getResultKey(), "total");
                    }
                    case "edges" -> {
                        // answered once, as __edges: ConnectionPage puts the page under each key that asks for it
                        edgesFields.add(f);
                        page = true;
                    }
                    case "pageInfo" -> page = true;
                    default -> { }
                }
            }
            if (page) {
                List<String> pagePredicates = new ArrayList<>(predicates);
                String key = order.key();
                boolean ascending = !order.descending();
                String cmp = ascending ? ">" : "<";
                String cursorCondition = null;
                String afterKey = fresh("p") + "_afterKey";
                if (after != null) {
                    String afterId = fresh("p") + "_afterId";
                    parameters.put(afterKey, after.key());
                    parameters.put(afterId, after.id());
                    cursorCondition = "(" + key + " " + cmp + " $" + afterKey + " OR (" + key + " = $" + afterKey
                            + " AND this.id " + cmp + " $" + afterId + "))";
                }
                List<String> pageConditions = new ArrayList<>();
                if (order.property() != null) {
                    // a stored property every node of the label has: the range index gives the order, no sort
                    pageConditions.add(after == null ? key + " IS NOT NULL" : key + (ascending ? " >= $" : " <= $") + afterKey);
                }
                if (cursorCondition != null) {
                    pageConditions.add(cursorCondition);
                }
                if (patterns.isEmpty()) {
                    pagePredicates.addAll(pageConditions);
                }
                String limit = fresh("p") + "_limit";
                parameters.put(limit, first + 1);
                String direction = ascending ? "ASC" : "DESC";
                StringBuilder edges = new StringBuilder("CALL () {\n").append(filtered(base, pagePredicates, patterns));
                if (!patterns.isEmpty() && !pageConditions.isEmpty()) {
                    // a filter's walk gives each node as often as it is reached (a province's projects: 19,000 rows for
                    // 2,800 at 10^6): the key is read once a node, after DISTINCT, where the order has no index to use
                    edges.append("\nWITH this WHERE ").append(pageConditions.stream().map(c -> "(" + c + ")")
                            .collect(Collectors.joining(" AND ")));
                }
                edges.append("\nWITH this ORDER BY ").append(key).append(' ').append(direction).append(", this.id ")
                        .append(direction).append(" LIMIT $").append(limit);
                String node = fresh("n");
                edges.append("\nWITH this AS ").append(node).append(", ").append(key)
                        .append(" AS __key");
                Map<String, String> edge = new LinkedHashMap<>();
                edge.put("__key", "__key");
                edge.put("__id", node + ".id");
                for (int i = 0; i < edgesFields.size(); i++) {
                    for (SelectedField f : edgesFields.get(i).getSelectionSet().getImmediateFields()) {
                        if (f.getName().equals("node")) {
                            Value value = object(node, (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(f.getType()),
                                    f.getSelectionSet().getImmediateFields());
                            value.prelude().forEach(p -> edges.append('\n').append(p));
                            edge.put(ConnectionPage.nodeKey(edgesFields.size(), i, f.getResultKey()), value.expression());
                        }
                    }
                }
                edges.append("\nRETURN collect(").append(edge.entrySet().stream()
                        .map(e -> "`" + e.getKey() + "`: " + e.getValue()).collect(Collectors.joining(", ", "{", "}")))
                        .append(") AS edges\n}");
                calls.add(edges.toString());
                result.put("__edges", "edges");
            }
            String statement = String.join("\n", calls) + "\nRETURN "
                    + result.entrySet().stream().map(e -> "`" + e.getKey() + "`: " + e.getValue())
                            .collect(Collectors.joining(", ", "{", "}"))
                    + " AS data";
            if (calls.isEmpty()) {
                statement = "RETURN {} AS data";
            }
            return new CompiledRead(statement, parameters, new Connection(first, after != null, selection));
        }

        private String filtered(String base, List<String> predicates, List<String> patterns) {
            StringBuilder text = new StringBuilder(base);
            if (!predicates.isEmpty()) {
                text.append("\nWHERE ").append(predicates.stream().map(p -> "(" + p + ")").collect(Collectors.joining(" AND ")));
            }
            patterns.forEach(p -> text.append('\n').append(p));
            if (!patterns.isEmpty()) {
                text.append("\nWITH DISTINCT this");
            }
            return text.toString();
        }

        private record Order(String key, String property, boolean descending) {
        }

        /** The sort key of the connection's {@code orderBy}: one key, the order enum's first value by default. */
        private Order order(GraphQLFieldDefinition definition, Map<String, Object> arguments) {
            List<?> orderBy = arguments.get("orderBy") instanceof List<?> l ? l : List.of();
            if (orderBy.size() > 1) {
                throw new InvalidRequestException("Argument 'orderBy' takes one key (ties are broken by id), not "
                        + orderBy.size() + ".");
            }
            GraphQLInputObjectType orderType = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(
                    definition.getArgument("orderBy").getType());
            GraphQLEnumType fields = (GraphQLEnumType) GraphQLTypeUtil.unwrapAll(orderType.getField("field").getType());
            Map<?, ?> chosen = orderBy.isEmpty() ? Map.of() : (Map<?, ?>) orderBy.get(0);
            String field = chosen.get("field") != null ? chosen.get("field").toString() : fields.getValues().get(0).getName();
            boolean descending = "DESC".equals(String.valueOf(chosen.get("direction")));
            Fragment key = fragments.get(fields.getName(), field);
            return new Order(bind(key.expressionOf("this"), key, n -> null), key.propertyOfThis(), descending);
        }
    }

    static boolean isMoney(GraphQLNamedType type) {
        return type.getName().equals("Money");
    }

    static boolean isCitation(GraphQLType type) {
        return ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName().equals("Citation");
    }

    static String baseOfCommonEra(String field) {
        return field.substring(0, field.length() - 2);
    }

    /** Money from an expression of whole baht, null as 0; its fields are computed in Java ({@link JavaFields}). */
    static String money(String baht) {
        return "{__baht: coalesce(" + baht + ", 0)}";
    }
}
