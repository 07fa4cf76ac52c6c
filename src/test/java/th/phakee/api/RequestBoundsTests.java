package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * No request, however written, makes the service unavailable to others: a request is measured before it runs
 * (depth, and how many objects it may ask for) and refused as BAD_REQUEST with the bound and its own figure;
 * text arguments have a length limit. The abusive requests are those that took the service down (issue 10).
 */
@ApiTest
class RequestBoundsTests {

    @Autowired
    HttpGraphQlTester graphQl;

    /** plan(id: "MP-17") { linkedFrom { plan { linksTo { plan { linkedFrom … } } } } }, {@code levels} deep. */
    static String alternatingLinks(int levels) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            open.append(i % 2 == 0 ? "linkedFrom { plan { id " : "linksTo { plan { id ");
            close.append(" } }");
        }
        return "{ plan(id: \"MP-17\") { id " + open + close + " } }";
    }

    @Test
    void theRequestsThatTookTheServiceDownAreRefusedAndOthersAreAnsweredAtOnce() {
        var twelve = CompletableFuture.supplyAsync(() -> errorsOf(alternatingLinks(12)));
        List<CompletableFuture<List<Map<String, Object>>>> tens = List.of(
                CompletableFuture.supplyAsync(() -> errorsOf(alternatingLinks(10))),
                CompletableFuture.supplyAsync(() -> errorsOf(alternatingLinks(10))),
                CompletableFuture.supplyAsync(() -> errorsOf(alternatingLinks(10))));
        assertThat(twelve.join()).singleElement().satisfies(RequestBoundsTests::refusedBeforeRunning);
        tens.forEach(ten -> assertThat(ten.join()).singleElement().satisfies(RequestBoundsTests::refusedBeforeRunning));

        // a normal request right after: answered, and within the second the issue asks for
        long started = System.nanoTime();
        graphQl.document("{ plan(id: \"MP-17\") { nameTh linkedFrom { plan { id } } } }").execute()
                .path("plan.nameTh").hasValue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aRequestThatMayAskForTooManyObjectsIsRefusedWithTheBoundAndItsCost() {
        // 8 fields deep, but up to 500 plans × 10 children × 10 × 10 × their projects (20) and budgets (5), by the
        // schema's @listSize; each field counts 1 plus what is under it: budgets 1 + 5 = 6, projects 1 + 20 × 6 =
        // 121, children 1 + 10 × 121 = 1,211, 12,111, 121,111, node 121,112, edges 1 + 500 × 121,112, plans + 1
        String wide = """
                { plans(first: 500) { edges { node { children { children { children { projects { budgets { id } } } } } } } } }""";
        assertThat(errorsOf(wide)).singleElement().satisfies(error -> {
            assertThat(error.get("message").toString()).contains("objects; at most 500000 are allowed")
                    .contains("may ask for up to " + (1 + 500L * 121_112 + 1) + " objects");
            assertThat(classification(error)).isEqualTo(ErrorType.BAD_REQUEST.name());
        });
    }

    @Test
    void aRequestTooDeepIsRefusedWithTheBoundAndItsDepth() {
        String deep = "{ plan(id: \"MP-17\") { " + "parent { ".repeat(20) + "id" + " }".repeat(20) + " } }";
        assertThat(errorsOf(deep)).singleElement().satisfies(error -> {
            assertThat(error.get("message").toString()).contains("at most 15").contains("22 fields deep");
            assertThat(classification(error)).isEqualTo(ErrorType.BAD_REQUEST.name());
        });
    }

    @Test
    void aPageTooLargeOrATextTooLongIsRefusedNamingTheArgument() {
        assertThat(errorsOf("{ plans(first: 501) { edges { node { id } } } }")).singleElement()
                .satisfies(error -> assertThat(error.get("message").toString()).contains("'first'").contains("501"));
        String text = "ก".repeat(1001);
        assertThat(errorsOf("{ plans(where: {nameContains: \"" + text + "\"}) { totalCount } }")).singleElement()
                .satisfies(error -> assertThat(error.get("message").toString()).contains("'nameContains'").contains("1001"));
    }

    @Test
    void aYearThatIsNotABuddhistEraYearIsRefused() {
        assertThat(errorsOf("{ summary(fiscalYear: 99999) { budgetByYear { key } } }")).singleElement()
                .satisfies(error -> assertThat(error.get("message").toString()).contains("'fiscalYear'").contains("99999"));
        assertThat(errorsOf("{ province(id: \"TH-63\") { budgetTotal(fiscalYear: 2024) { baht } } }")).singleElement()
                .satisfies(error -> assertThat(error.get("message").toString()).contains("BE = CE + 543"));
    }

    /** The errors of a response, as their message and extensions. */
    private List<Map<String, Object>> errorsOf(String document) {
        List<Map<String, Object>> errors = new java.util.ArrayList<>();
        graphQl.document(document).execute().errors().satisfy(list -> list.forEach(error -> errors.add(
                Map.of("message", error.getMessage(), "extensions", error.getExtensions()))));
        return errors;
    }

    /** Refused for its depth or its cost, as BAD_REQUEST, before any statement ran. */
    private static void refusedBeforeRunning(Map<String, Object> error) {
        assertThat(error.get("message").toString()).containsAnyOf("fields deep; at most 15", "objects; at most 500000");
        assertThat(classification(error)).isEqualTo(ErrorType.BAD_REQUEST.name());
    }

    @SuppressWarnings("unchecked")
    private static Object classification(Map<String, Object> error) {
        return ((Map<String, Object>) error.get("extensions")).get("classification");
    }
}
