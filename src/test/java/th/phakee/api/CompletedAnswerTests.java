package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.phakee.read.GraphReads;

/**
 * A compiled answer completed in one walk (read/AnswerShape) is byte for byte the response graphql-java gives when
 * it completes the same data field by field (the GraphQL spec's result, in its field order): the same documents are
 * sent both ways and the bodies compared. The documents use what the walk must reproduce: aliases, named and inline
 * fragments on interfaces and unions, {@code __typename} at every level, {@code @skip} and {@code @include} with
 * variables, enums, {@code Long} and {@code Int}, money and citation fields computed in Java, Buddhist and Common
 * Era years, connections with cursors, page information and two aliases of their edges, and ids that name nothing.
 */
@ApiTest
class CompletedAnswerTests {

    record Request(String document, Map<String, Object> variables) {
    }

    static final List<Request> REQUESTS = List.of(
            new Request("""
                    query($id: ID!) { plan(id: $id) { id children { id children { id
                      projects { id budgets { amount { baht millionBaht } } } } } } }""", Map.of("id", "CODI-AP2567")),
            new Request("""
                    { province(id: "TH-63") { __typename id name: nameTh projects { id nameTh budgets { amount { baht } }
                      responsibleAgencies { agency { id nameTh kind } } } agencies { id nameTh } } }""", Map.of()),
            new Request("""
                    query($id: ID!) { projects(where: {province: $id}, first: 5) { totalCount
                      edges { cursor node { __typename id nameTh budgets { amount { baht } } } }
                      firstOnly: edges { node { id } }
                      pageInfo { hasNextPage endCursor startCursor hasPreviousPage } } }""", Map.of("id", "TH-63")),
            new Request("""
                    query($withCode: Boolean!, $noLevel: Boolean!) { node(id: "MP-17") { __typename id
                      ... on Plan { code @include(if: $withCode) level @skip(if: $noLevel) nameTh
                        sources { line text source { id } } }
                      ...named } }
                    fragment named on Plan { label: nameTh id }""", Map.of("withCode", true, "noLevel", true)),
            new Request("""
                    { nodes(ids: ["COM-001-01", "MP-17", "AG-CODI", "TH-63"]) { __typename id
                      ... on Community { nameTh location { place { label } province { nameTh } sources { line text } } }
                      ... on Agency { nameTh kind }
                      ... on Plan { level }
                      ... on Province { code: id nameTh } } }""", Map.of()),
            new Request("""
                    { search(text: "ชุมชน", first: 10) { type name score node { __typename id
                      ... on Plan { level } ... on Community { nameTh } } } }""", Map.of()),
            new Request("""
                    { budgetRollup(plan: "CODI-AP2567-I1") { total { baht millionBaht } figures { id amount { baht } }
                      notAdded { id amount { baht } } byYear { fiscalYear fiscalYearCE total { baht } } } }""", Map.of()),
            new Request("""
                    { summary(fiscalYear: 2567) { budgetByProvince { key total { baht } } planLevels { key count }
                      counts { key count } } }""", Map.of()),
            new Request("""
                    { linkage(from: "CODI-AP2567", maxDepth: 2) { nodes { __typename id } edges { from to type } } }""",
                    Map.of()),
            new Request("""
                    { linkPaths(from: "CS-000-2563-TH-63-1", to: "PP-TH-63-2561-2564", maxLength: 6, first: 5) {
                      length nodes { id } } }""", Map.of()),
            new Request("""
                    { agency(id: "AG-CODI") { id collaborators(first: 5) { agency { id } count budget { baht } } } }""",
                    Map.of()),
            new Request("""
                    { plans(first: 3, where: {level: PROGRAMME}) { edges { cursor node { id level nameTh } } } }""", Map.of()),
            new Request("{ plan(id: \"NO-SUCH-PLAN\") { id } }", Map.of()),
            new Request("{ linkPaths(from: \"NO-SUCH\", to: \"MP-17\", maxLength: 3) { length } }", Map.of()),
            new Request("{ a: plan(id: \"MP-17\") { id } b: province(id: \"TH-10\") { nameTh } __typename }", Map.of()));

    @LocalServerPort
    int port;

    @Autowired
    GraphReads reads;

    @Autowired
    MeterRegistry meters;

    @Test
    void theOneWalkAnswersEveryRequestAsGraphQlJavaDoes() {
        GraphQlHttp client = new GraphQlHttp(port, null);
        double walkedBefore = walked();
        for (Request request : REQUESTS) {
            String walked = client.post(request.document(), request.variables()).body();
            reads.completeInOneWalk(false);
            String byGraphQlJava;
            try {
                byGraphQlJava = client.post(request.document(), request.variables()).body();
            }
            finally {
                reads.completeInOneWalk(true);
            }
            assertThat(walked).as(request.document()).isEqualTo(byGraphQlJava).contains("\"data\"");
            if (!request.document().contains("NO-SUCH")) {
                assertThat(walked).as(request.document()).doesNotContain("\"errors\"");
            }
        }
        // every request but the two that name nothing was walked (the second root field of the last one too)
        assertThat(walked() - walkedBefore).isEqualTo(REQUESTS.size() - 2 + 1);
    }

    private double walked() {
        var counter = meters.find("phakee.read.completions").tag("by", "one walk").counter();
        return counter == null ? 0 : counter.count();
    }
}
