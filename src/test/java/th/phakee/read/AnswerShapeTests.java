package th.phakee.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/**
 * The one-walk completion of a compiled answer (decision 004) against the GraphQL spec's rules for a response:
 * fields in the order the document selects them (not the data's), aliases, fragments and {@code @skip} as the
 * document says, money computed as {@code JavaFields} computes it; and where graphql-java would raise an error (a
 * null for a non-null field, a value that is no enum value), the walk gives up so that graphql-java completes it.
 */
class AnswerShapeTests {

    private static final String SDL = """
            scalar Long
            type Query { plan: Plan }
            type Plan { id: ID! nameTh: String level: PlanLevel! budget: Money children: [Plan!]! }
            type Money { baht: Long! millionBaht: String! }
            enum PlanLevel { ISSUE PROGRAMME }
            """;

    /** What the walk makes of {@code data} as the answer to {@code document}'s root field; null if it gives up. */
    private static Object walk(String document, Object data) {
        Object[] walked = new Object[1];
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring().scalar(ExtendedScalars.GraphQLLong)
                        .type("Query", type -> type.dataFetcher("plan", env -> {
                            try {
                                walked[0] = AnswerShape.of(env, null).complete(data);
                            } catch (AnswerShape.NotShapeable needsGraphQlJava) {
                                walked[0] = null;
                            }
                            return null;
                        })).build());
        GraphQL graphQl = GraphQL.newGraphQL(schema).build();
        var result = graphQl.execute(ExecutionInput.newExecutionInput(document).build());
        assertThat(result.getErrors()).isEmpty();
        return walked[0];
    }

    private static List<Object> keys(Object map) {
        return new java.util.ArrayList<>(((Map<?, ?>) map).keySet());
    }

    private static Map<String, Object> plan(Object level) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("level", level);
        plan.put("nameTh", "ประเด็นที่ 1");
        plan.put("id", "CODI-AP2567-I1");
        plan.put("budget", Map.of("__baht", 4_957_017_800L));
        plan.put("children", List.of());
        return plan;
    }

    @Test
    void fieldsComeInTheDocumentsOrderWithAliasesFragmentsAndSkip() {
        Map<String, Object> data = plan("ISSUE");
        data.put("name", data.remove("nameTh"));   // the statement projects a field under its result key
        Object walked = walk("""
                { plan { id name: nameTh ...more budget { millionBaht baht } level @skip(if: true) } }
                fragment more on Plan { children { id } level }""", data);
        // the spec's order: the fields as the document selects them, a fragment's where it is spread; level is
        // selected by the fragment (the skipped selection of it does not remove it)
        assertThat(walked).isInstanceOf(LinkedHashMap.class);
        assertThat(keys(walked)).containsExactly("id", "name", "children", "level", "budget");
        assertThat(walked).isEqualTo(Map.of("id", "CODI-AP2567-I1", "name", "ประเด็นที่ 1", "children", List.of(),
                "level", "ISSUE", "budget", Map.of("millionBaht", "4957.0178", "baht", 4_957_017_800L)));
        assertThat(keys(((Map<?, ?>) walked).get("budget"))).containsExactly("millionBaht", "baht");
    }

    @Test
    void aNullForANonNullFieldOrAValueNoEnumHasIsLeftToGraphQlJava() {
        assertThat(walk("{ plan { id level } }", plan(null))).isNull();
        assertThat(walk("{ plan { id level } }", plan("NOT_A_LEVEL"))).isNull();
        // the same data without that field selected is walked
        assertThat(walk("{ plan { id } }", plan(null))).isEqualTo(Map.of("id", "CODI-AP2567-I1"));
    }
}
