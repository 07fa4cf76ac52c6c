package th.phakee.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One list per vocabulary: each Java enum the code and the importer use has exactly the values, in the order, of
 * the GraphQL enum of the same name in schema/ (the contract clients see).
 */
class VocabularyTests {

    @ParameterizedTest
    @ValueSource(strings = { "th.phakee.graph.vocabulary.PlanLevel", "th.phakee.graph.vocabulary.AgencyKind",
            "th.phakee.graph.vocabulary.ProjectKind", "th.phakee.graph.vocabulary.BudgetSource",
            "th.phakee.graph.vocabulary.BudgetStatus", "th.phakee.graph.vocabulary.RegionScheme",
            "th.phakee.graph.vocabulary.ObservationKind", "th.phakee.graph.vocabulary.LinkRole",
            "th.phakee.graph.vocabulary.MoneyLevel", "th.phakee.graph.vocabulary.MoneyPath",
            "th.phakee.graph.vocabulary.ChangeMark", "th.phakee.graph.vocabulary.PercentBase",
            "th.phakee.graph.vocabulary.Verdict",
            "th.phakee.linkage.Direction" })
    void aJavaVocabularyHasTheValuesOfTheSchemasEnum(String className) throws Exception {
        Class<?> type = Class.forName(className);
        List<String> java = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        EnumTypeDefinition schema = schema().getType(type.getSimpleName(), EnumTypeDefinition.class)
                .orElseThrow(() -> new AssertionError("schema/ has no enum " + type.getSimpleName()));
        assertThat(java).containsExactlyElementsOf(
                schema.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
    }

    private static TypeDefinitionRegistry schema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return registry;
    }
}
