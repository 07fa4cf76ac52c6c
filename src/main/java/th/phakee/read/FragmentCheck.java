package th.phakee.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Fails the start, not a request, when the fragments and the schema disagree: a fragment that names no member of
 * the schema, a field of an entity type that leads to other objects but has no fragment, a root query field, a
 * filter's input field or an order value without one, or a nested field's fragment that uses a parameter the
 * field does not take. Only the service checks them: a command (import, export …) serves no GraphQL, and must not
 * start the embedded database by making the schema's beans (import writes a new one's store before it starts).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class FragmentCheck implements SmartInitializingSingleton {

    private final FragmentCatalog fragments;
    private final GraphQlSource graphQlSource;

    FragmentCheck(FragmentCatalog fragments, GraphQlSource graphQlSource) {
        this.fragments = fragments;
        this.graphQlSource = graphQlSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> problems = problems(graphQlSource.schema());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The Cypher fragments under cypher/queries/ do not fit the schema:\n  "
                    + String.join("\n  ", problems));
        }
    }

    List<String> problems(GraphQLSchema schema) {
        List<String> problems = new ArrayList<>();
        fragments.all().forEach((coordinate, fragment) -> {
            String[] parts = coordinate.split("\\.", 2);
            if (parts.length != 2 || !isMember(schema, parts[0], parts[1])) {
                problems.add(coordinate + ".cypher names no field, input field or enum value of the schema");
            }
        });
        GraphQLObjectType query = schema.getQueryType();
        for (GraphQLFieldDefinition field : query.getFieldDefinitions()) {
            if (fragments.find(query.getName(), field.getName()).isEmpty()) {
                problems.add("Query." + field.getName() + " has no fragment");
            }
            GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
            if (ReadCompiler.isConnection(type)) {
                connection(field, problems);
            }
        }
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && isEntity(object) ) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    GraphQLNamedType fieldType = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
                    boolean leadsElsewhere = fieldType instanceof GraphQLFieldsContainer || fieldType instanceof GraphQLUnionType;
                    boolean builtIn = Set.of("Money", "Citation").contains(fieldType.getName());
                    if (leadsElsewhere && !builtIn && fragments.find(object.getName(), field.getName()).isEmpty()) {
                        problems.add(object.getName() + "." + field.getName() + " leads to " + fieldType.getName()
                                + " but has no fragment");
                    }
                }
            }
            if (type instanceof GraphQLFieldsContainer container && !type.getName().equals(query.getName())
                    && !type.getName().equals("Mutation")) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    fragments.find(type.getName(), field.getName()).ifPresent(fragment -> fragment.parameters().stream()
                            .filter(p -> field.getArgument(p) == null)
                            .forEach(p -> problems.add(fragment.coordinate() + ".cypher uses $" + p
                                    + ", which is not an argument of the field")));
                }
            }
        }
        return problems;
    }

    private void connection(GraphQLFieldDefinition field, List<String> problems) {
        if (field.getArgument("where") != null) {
            var filter = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(field.getArgument("where").getType());
            // an input field needs a fragment unless it only qualifies another (a fragment of the filter uses it)
            filter.getFieldDefinitions().stream().filter(f -> fragments.find(filter.getName(), f.getName()).isEmpty())
                    .filter(f -> fragments.all().values().stream().noneMatch(fragment -> fragment.coordinate()
                            .startsWith(filter.getName() + ".") && fragment.parameters().contains(f.getName())))
                    .forEach(f -> problems.add(filter.getName() + "." + f.getName() + " (a filter) has no fragment"));
        }
        if (field.getArgument("orderBy") != null) {
            var order = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(field.getArgument("orderBy").getType());
            var values = (GraphQLEnumType) GraphQLTypeUtil.unwrapAll(order.getField("field").getType());
            values.getValues().stream().filter(v -> fragments.find(values.getName(), v.getName()).isEmpty())
                    .forEach(v -> problems.add(values.getName() + "." + v.getName() + " (an order) has no fragment"));
        }
    }

    /** Entity types are those that implement Node: their values are nodes, and another object is a walk away. */
    private static boolean isEntity(GraphQLObjectType type) {
        return type.getInterfaces().stream().anyMatch(i -> i instanceof GraphQLInterfaceType && i.getName().equals("Node"));
    }

    private static boolean isMember(GraphQLSchema schema, String typeName, String member) {
        GraphQLNamedType type = schema.getType(typeName) instanceof GraphQLNamedType named ? named : null;
        if (type instanceof GraphQLFieldsContainer container) {
            return container.getFieldDefinition(member) != null;
        }
        if (type instanceof GraphQLInputObjectType input) {
            return input.getField(member) != null;
        }
        if (type instanceof GraphQLEnumType values) {
            return values.getValue(member) != null;
        }
        return false;
    }
}
