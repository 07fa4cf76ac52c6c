package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import th.phakee.graph.CypherStatementCounter;

/**
 * No N+1: a request costs at most one Cypher statement per field that loads data (root fields, each nested
 * list level), whatever the number of items it returns. Each query is run over many parents and over one; both
 * stay under the same bound (the small one may cost less: its deeper levels can be empty or already loaded).
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
        // provinces, Citation.source, Province.regions, Region.provinces, then Province.regions for the new provinces
        long all = statementsOf(nested.formatted(""));               // 77 provinces, 11 regions, 77 × regions again
        long one = statementsOf(nested.formatted("(region: \"TH-R6-WEST\")"));
        assertThat(all).isLessThanOrEqualTo(5);
        assertThat(one).isLessThanOrEqualTo(5);
    }

    @Test
    void plansWithParentsChildrenAndLinksCostAFixedNumberOfStatements() {
        String nested = """
                { plans(first: %d) { totalCount edges { node { id parent { id } children { id linksTo { plan { id } } }
                    linksTo { role plan { id linkedFrom { plan { id } } } sources { line source { id } } } } } } }""";
        // plans, totalCount, parent, children, children.linksTo, linksTo, linksTo.plan.linkedFrom, Citation.source
        long many = statementsOf(nested.formatted(100));
        long one = statementsOf(nested.formatted(1));
        assertThat(many).isLessThanOrEqualTo(8);
        assertThat(one).isLessThanOrEqualTo(8);
    }

    @Test
    void allProvincesWithTheirLinkagesProjectsAndMoneyCostAFixedNumberOfStatements() {
        String nested = """
                { provinces%s { id budgetTotal { baht } councils { id } agencies { id collaborators { agency { id } } }
                    plans { id budgets { amount { baht } } }
                    projects { id totalBudget { baht } budgets { amount { baht } payer { id } } responsibleAgencies { agency { id } } }
                    linkages { communityStrategy { id } via { id } provincialStrategy { id } provincialPlan { id }
                               projects { id totalBudget { baht } } budget { baht } sources { line } } } }""";
        // provinces, budgetTotal, councils, agencies, collaborators, plans, Plan.budgets, projects, totalBudget (projects
        // and linkage projects may share one batch or not), Project.budgets, Budget.payer, responsibleAgencies,
        // linkages, Citation.source
        long all = statementsOf(nested.formatted(""));
        long one = statementsOf(nested.formatted("(region: \"TH-R6-WEST\")"));
        assertThat(all).isLessThanOrEqualTo(15);
        assertThat(one).isLessThanOrEqualTo(15);
    }

    @Test
    void indicatorsWithTheirFiguresPlacesAndConflictsCostAFixedNumberOfStatements() {
        String nested = """
                { indicators(first: %d) { totalCount edges { node { id measures { id }
                    observations { value place { id } conflictsWith { value indicator { id } } sources { source { id } } } } } } }""";
        // indicators, totalCount, measures, observations, place, conflictsWith, Observation.indicator, Citation.source
        long many = statementsOf(nested.formatted(400));
        long one = statementsOf(nested.formatted(1));
        assertThat(many).isLessThanOrEqualTo(8);
        assertThat(one).isLessThanOrEqualTo(8);
    }
}
