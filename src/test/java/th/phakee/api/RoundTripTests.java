package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import th.phakee.graph.CypherStatementCounter;

/**
 * One round trip per root field: a request's whole selection, however deep and wide, is one Cypher statement
 * per root field (read.ReadCompiler), whatever the number of items it returns. Each query is run over many
 * parents and over one; both cost exactly their number of root fields.
 */
@ApiTest
class RoundTripTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    CypherStatementCounter statements;

    long statementsOf(String document) {
        long before = statements.count();
        graphQl.document(document).execute().path("$").entity(Map.class).get();
        return statements.count() - before;
    }

    @Test
    void provincesWithTheirRegionsAndTheRegionsProvincesCostAFixedNumberOfStatements() {
        String nested = """
                { provinces%s { id nameTh sources { line source { title } }
                    regions { id provinces { id region { id } } } } }""";
        long all = statementsOf(nested.formatted(""));               // 77 provinces, 11 regions, 77 × regions again
        long one = statementsOf(nested.formatted("(region: \"TH-R6-WEST\")"));
        assertThat(all).isEqualTo(1);
        assertThat(one).isEqualTo(1);
    }

    @Test
    void plansWithParentsChildrenAndLinksCostAFixedNumberOfStatements() {
        String nested = """
                { plans(first: %d) { totalCount edges { node { id parent { id } children { id linksTo { plan { id } } }
                    linksTo { role plan { id linkedFrom { plan { id } } } sources { line source { id } } } } } } }""";
        long many = statementsOf(nested.formatted(100));
        long one = statementsOf(nested.formatted(1));
        assertThat(many).isEqualTo(1);
        assertThat(one).isEqualTo(1);
    }

    @Test
    void allProvincesWithTheirLinkagesProjectsAndMoneyCostAFixedNumberOfStatements() {
        String nested = """
                { provinces%s { id budgetTotal { baht } councils { id } agencies { id collaborators { agency { id } } }
                    plans { id budgets { amount { baht } } }
                    projects { id totalBudget { baht } budgets { amount { baht } payer { id } } responsibleAgencies { agency { id } } }
                    linkages { communityStrategy { id } via { id } provincialStrategy { id } provincialPlan { id }
                               projects { id totalBudget { baht } } budget { baht } sources { line } } } }""";
        long all = statementsOf(nested.formatted(""));
        long one = statementsOf(nested.formatted("(region: \"TH-R6-WEST\")"));
        assertThat(all).isEqualTo(1);
        assertThat(one).isEqualTo(1);
    }

    @Test
    void indicatorsWithTheirFiguresPlacesAndConflictsCostAFixedNumberOfStatements() {
        String nested = """
                { indicators(first: %d) { totalCount edges { node { id measures { id }
                    observations { value place { id } conflictsWith { value indicator { id } } sources { source { id } } } } } } }""";
        long many = statementsOf(nested.formatted(400));
        long one = statementsOf(nested.formatted(1));
        assertThat(many).isEqualTo(1);
        assertThat(one).isEqualTo(1);
    }

    @Test
    void twoRootFieldsCostTwoStatements() {
        assertThat(statementsOf("""
                { plan(id: "CODI-AP2567") { children { children { projects { budgets { amount { baht } } } } } }
                  province(id: "TH-63") { linkages { projects { totalBudget { baht } } } } }""")).isEqualTo(2);
    }
}
