package th.phakee.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.introspection.Introspection;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

import th.phakee.graph.PageInfo;
import th.phakee.provenance.SourceTexts;

/**
 * Completes a compiled answer the way graphql-java would, in one walk: each object becomes a map of its fields in
 * the order graphql-java gives them (its own {@link FieldCollector}, so fragments, aliases, {@code @skip} and
 * {@code @include} count alike), scalars and enums are serialised by the schema's own coercings, the fields of
 * {@link JavaFields} are computed by the same functions, {@code __typename} is the object's type.
 *
 * <p>The statement already returned the response's shape; what graphql-java adds on top is per field (a step
 * record, parameters, instrumentation calls, a future), which for an answer of thousands of objects cost as much
 * as the statement (decision 004). Anything this walk does not reproduce exactly (a null where the schema promises
 * a value, a value a scalar refuses, a type it cannot resolve) makes it give up, and graphql-java completes the
 * answer as before, with its errors.
 */
final class AnswerShape {

    private static final FieldCollector COLLECTOR = new FieldCollector();

    /** Why graphql-java must complete this answer itself; carries no stack trace (it is a signal, not a fault). */
    static final class NotShapeable extends RuntimeException {
        private static final NotShapeable INSTANCE = new NotShapeable();

        private NotShapeable() {
            super(null, null, false, false);
        }
    }

    private final Node root;
    private final GraphQLContext context;
    private final Locale locale;

    private AnswerShape(Node root, GraphQLContext context, Locale locale) {
        this.root = root;
        this.context = context;
        this.locale = locale;
    }

    /** The shape of the answer to {@code env}'s field. */
    static AnswerShape of(DataFetchingEnvironment env, SourceTexts texts) {
        Planner planner = new Planner(env, texts);
        return new AnswerShape(planner.node(env.getFieldType(), env.getMergedField()), env.getGraphQlContext(), env.getLocale());
    }

    /** The answer completed, as graphql-java would complete it; {@link NotShapeable} where it would differ. */
    Object complete(Object data) {
        return root.complete(data, this);
    }

    private interface Node {
        Object complete(Object value, AnswerShape shape);
    }

    private static Object missing(boolean nonNull) {
        if (nonNull) {
            throw NotShapeable.INSTANCE;   // graphql-java raises the error and nulls the parent
        }
        return null;
    }

    /** How the schema serialises a scalar's or an enum's value (graphql-java's own call for each). */
    private interface Serializer {
        Object serialize(Object value, GraphQLContext context, Locale locale);
    }

    /**
     * A scalar or enum value, serialised as graphql-java serialises it; a value it refuses, or a null (given or
     * serialised) where the schema promises a value, is left to graphql-java.
     */
    private record Leaf(Serializer serializer, boolean nonNull) implements Node {
        @Override
        public Object complete(Object value, AnswerShape shape) {
            if (value == null) {
                return missing(nonNull);
            }
            Object serialised;
            try {
                serialised = serializer.serialize(value, shape.context, shape.locale);
            } catch (RuntimeException refused) {
                throw NotShapeable.INSTANCE;
            }
            return serialised == null ? missing(nonNull) : serialised;
        }
    }

    private record ListOf(Node element, boolean nonNull) implements Node {
        @Override
        public Object complete(Object value, AnswerShape shape) {
            if (value == null) {
                return missing(nonNull);
            }
            if (!(value instanceof List<?> items)) {
                throw NotShapeable.INSTANCE;
            }
            List<Object> completed = new ArrayList<>(items.size());
            for (Object item : items) {
                completed.add(element.complete(item, shape));
            }
            return completed;
        }
    }

    /** One field of an object: where its value comes from and how it is completed. */
    private record Field(String resultKey, String name, Function<Object, Object> computed, Node node) {

        Object read(Object source) {
            if (computed != null) {
                return computed.apply(source);
            }
            if (source instanceof Map<?, ?> map) {
                return map.get(resultKey);   // the statement projects each field under its result key
            }
            if (source instanceof PageInfo page) {
                return switch (name) {
                    case "hasNextPage" -> page.hasNextPage();
                    case "hasPreviousPage" -> page.hasPreviousPage();
                    case "startCursor" -> page.startCursor();
                    case "endCursor" -> page.endCursor();
                    default -> throw NotShapeable.INSTANCE;
                };
            }
            throw NotShapeable.INSTANCE;
        }
    }

    /** An object value: its fields per object type it may be (one, unless the field's type is abstract). */
    private record ObjectOf(Map<String, List<Field>> fieldsByType, List<Field> only, boolean nonNull) implements Node {
        @Override
        public Object complete(Object value, AnswerShape shape) {
            if (value == null) {
                return missing(nonNull);
            }
            List<Field> fields = only;
            if (fields == null) {
                Object label = value instanceof Map<?, ?> map ? map.get("__label") : null;
                fields = label == null ? null : fieldsByType.get(label);
                if (fields == null) {
                    throw NotShapeable.INSTANCE;
                }
            }
            Map<String, Object> completed = new LinkedHashMap<>(fields.size() * 4 / 3 + 1);
            for (Field field : fields) {
                completed.put(field.resultKey(), field.node().complete(field.read(value), shape));
            }
            return completed;
        }
    }

    /** Builds the nodes from the request's document, as graphql-java collects fields. */
    private static final class Planner {

        private final GraphQLSchema schema;
        private final DataFetchingEnvironment env;
        private final SourceTexts texts;

        Planner(DataFetchingEnvironment env, SourceTexts texts) {
            this.schema = env.getGraphQLSchema();
            this.env = env;
            this.texts = texts;
        }

        Node node(GraphQLOutputType type, MergedField field) {
            boolean nonNull = type instanceof GraphQLNonNull;
            GraphQLOutputType inner = (GraphQLOutputType) GraphQLTypeUtil.unwrapNonNull(type);
            if (inner instanceof GraphQLList list) {
                return new ListOf(node((GraphQLOutputType) list.getWrappedType(), field), nonNull);
            }
            if (inner instanceof GraphQLScalarType scalar) {
                return new Leaf(scalar.getCoercing()::serialize, nonNull);
            }
            if (inner instanceof GraphQLEnumType enumType) {
                return new Leaf(enumType::serialize, nonNull);
            }
            if (inner instanceof GraphQLObjectType object) {
                return new ObjectOf(Map.of(), fields(object, field), nonNull);
            }
            List<GraphQLObjectType> possible = inner instanceof GraphQLInterfaceType i ? schema.getImplementations(i)
                    : ((GraphQLUnionType) inner).getTypes().stream().map(t -> (GraphQLObjectType) t).toList();
            Map<String, List<Field>> byType = new HashMap<>();
            possible.forEach(object -> byType.put(object.getName(), fields(object, field)));
            return new ObjectOf(byType, null, nonNull);
        }

        private List<Field> fields(GraphQLObjectType object, MergedField parent) {
            FieldCollectorParameters parameters = FieldCollectorParameters.newParameters().schema(schema)
                    .objectType(object).fragments(env.getFragmentsByName()).variables(env.getVariables())
                    .graphQLContext(env.getGraphQlContext()).build();
            List<Field> fields = new ArrayList<>();
            for (MergedField merged : COLLECTOR.collectFields(parameters, parent).getSubFieldsList()) {
                String name = merged.getName();
                if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
                    String typeName = object.getName();
                    fields.add(new Field(merged.getResultKey(), name, source -> typeName,
                            node(Introspection.TypeNameMetaFieldDef.getType(), merged)));
                    continue;
                }
                var definition = object.getFieldDefinition(name);
                if (definition == null) {
                    throw NotShapeable.INSTANCE;   // an introspection field other than __typename
                }
                Function<Object, Object> value = JavaFields.computes(object.getName(), name)
                        ? JavaFields.value(object.getName(), name, texts) : null;
                fields.add(new Field(merged.getResultKey(), name, value, node(definition.getType(), merged)));
            }
            return fields;
        }
    }
}
