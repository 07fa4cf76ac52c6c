package th.phakee.graph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/constraints.cypher} and {@code indexes.cypher} (idempotent: {@code IF NOT EXISTS})
 * and waits until the indexes are online. Every command that touches the database calls it first.
 */
@Component
public class GraphSchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(GraphSchemaInitializer.class);

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;
    private volatile boolean applied;

    GraphSchemaInitializer(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    public synchronized void apply() {
        if (applied) {
            return;
        }
        int count = 0;
        for (String file : new String[] { "schema/constraints", "schema/indexes" }) {
            for (String statement : CypherQueries.statementsOf(cypher.get(file))) {
                neo4j.query(statement).run();
                count++;
            }
        }
        neo4j.query("CALL db.awaitIndexes(300)").run();
        applied = true;
        log.info("Graph schema ready: {} constraints and indexes checked", count);
    }
}
