package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.language.AbstractDescribedNode;
import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumTypeExtensionDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputObjectTypeExtensionDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.InterfaceTypeExtensionDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.ScalarTypeExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeExtensionDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The schema explains itself in GraphiQL's docs pane: every type, field, argument, input field and enum value of
 * {@code schema/*.graphqls} has a description. These are the rules of graphql-schema-linter 3.0.1
 * ({@code types-have-descriptions}, {@code fields-have-descriptions}, {@code arguments-have-descriptions},
 * {@code input-object-values-have-descriptions}, {@code enum-values-have-descriptions}), applied here so that the
 * build checks them without Node.js:
 * <ul>
 * <li>a type is described where it is defined, not where it is extended ({@code extend type Query} needs none);</li>
 * <li>a field, an argument of a field, an input field or an enum value needs one wherever it is declared,
 * extensions included (the printed schema merges them into their type);</li>
 * <li>an empty description counts as none.</li>
 * </ul>
 * Two checks go further than the linter: a description of blanks only counts as none, and a directive definition
 * and its arguments need one too (GraphiQL lists directives).
 */
class SchemaDescriptionsTests {

    @Test
    void everyTypeFieldArgumentInputFieldAndEnumValueIsDescribed() throws IOException {
        List<String> missing = new ArrayList<>();
        Map<String, Integer> byRule = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                Document document = Parser.parse(Files.readString(file, StandardCharsets.UTF_8));
                for (Definition<?> definition : document.getDefinitions()) {
                    check(file, definition, missing, byRule);
                }
            }
        }
        assertThat(missing)
                .as("%d descriptions missing (%s); write each in schema/ (docs/api.md, \"The schema's descriptions\"):%n%s",
                        missing.size(), summary(byRule), String.join("\n", missing))
                .isEmpty();
    }

    @Test
    void theCheckFindsWhatIsMissing() {
        String schema = """
                "Described."
                type A { a(x: Int): Int "Described." b: Int }
                extend type A { c: Int }
                type B { "Described." b: Int }
                input I { i: Int "   " j: Int }
                enum E { "Described." X Y }
                "Described."
                directive @d(n: Int!) on FIELD_DEFINITION
                """;
        List<String> missing = new ArrayList<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (Definition<?> definition : Parser.parse(schema).getDefinitions()) {
            check(Path.of("t.graphqls"), definition, missing, byRule);
        }
        assertThat(missing.stream().map(line -> line.substring(line.indexOf(' ') + 1)).toList()).containsExactly(
                "A.a (field)", "A.a(x:) (argument)", "A.c (field)", "B (type)", "I (type)", "I.i (input field)",
                "I.j (input field)", "E (type)", "E.Y (enum value)", "@d(n:) (directive argument)");
        assertThat(byRule).containsEntry("fields-have-descriptions", 2).containsEntry("types-have-descriptions", 3);
    }

    private static void check(Path file, Definition<?> definition, List<String> missing, Map<String, Integer> byRule) {
        if (definition instanceof TypeDefinition<?> type && !isExtension(type)) {
            require(file, (AbstractDescribedNode<?>) type, type.getName(), "type", "types-have-descriptions", missing, byRule);
        }
        if (definition instanceof ObjectTypeDefinition object) {
            fields(file, object.getName(), object.getFieldDefinitions(), missing, byRule);
        }
        else if (definition instanceof InterfaceTypeDefinition object) {
            fields(file, object.getName(), object.getFieldDefinitions(), missing, byRule);
        }
        else if (definition instanceof InputObjectTypeDefinition input) {
            for (InputValueDefinition value : input.getInputValueDefinitions()) {
                require(file, value, input.getName() + "." + value.getName(), "input field",
                        "input-object-values-have-descriptions", missing, byRule);
            }
        }
        else if (definition instanceof EnumTypeDefinition enumeration) {
            enumeration.getEnumValueDefinitions().forEach(value -> require(file, value,
                    enumeration.getName() + "." + value.getName(), "enum value", "enum-values-have-descriptions",
                    missing, byRule));
        }
        else if (definition instanceof DirectiveDefinition directive) {
            require(file, directive, "@" + directive.getName(), "directive", "directives-have-descriptions", missing, byRule);
            for (InputValueDefinition argument : directive.getInputValueDefinitions()) {
                require(file, argument, "@" + directive.getName() + "(" + argument.getName() + ":)",
                        "directive argument", "directive-arguments-have-descriptions", missing, byRule);
            }
        }
    }

    private static void fields(Path file, String type, List<FieldDefinition> fields, List<String> missing,
            Map<String, Integer> byRule) {
        for (FieldDefinition field : fields) {
            String coordinate = type + "." + field.getName();
            require(file, field, coordinate, "field", "fields-have-descriptions", missing, byRule);
            for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                require(file, argument, coordinate + "(" + argument.getName() + ":)", "argument",
                        "arguments-have-descriptions", missing, byRule);
            }
        }
    }

    private static boolean isExtension(TypeDefinition<?> type) {
        return type instanceof ObjectTypeExtensionDefinition || type instanceof InterfaceTypeExtensionDefinition
                || type instanceof InputObjectTypeExtensionDefinition || type instanceof EnumTypeExtensionDefinition
                || type instanceof UnionTypeExtensionDefinition || type instanceof ScalarTypeExtensionDefinition;
    }

    private static void require(Path file, AbstractDescribedNode<?> node, String coordinate, String what, String rule,
            List<String> missing, Map<String, Integer> byRule) {
        if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
            missing.add(file.getFileName() + ":" + node.getSourceLocation().getLine() + " " + coordinate + " (" + what + ")");
            byRule.merge(rule, 1, Integer::sum);
        }
    }

    private static String summary(Map<String, Integer> byRule) {
        return byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
