package th.phakee.api;

import org.springframework.data.neo4j.core.Neo4jClient;

import th.phakee.money.MoneyModel;

/**
 * What API tests wrote, removed around the API (entities whose id starts with a prefix), and what the data derives
 * (sums, tallies, collaborations: {@link MoneyModel}) derived again, as the change that removed them would have;
 * then the graph's {@link GraphFingerprint} is what it was before the test.
 */
final class TestEntities {

    private TestEntities() {
    }

    static void remove(Neo4jClient neo4j, MoneyModel money, String idPrefix) {
        neo4j.query("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n").bind(idPrefix).to("prefix").run();
        money.update();
    }
}
