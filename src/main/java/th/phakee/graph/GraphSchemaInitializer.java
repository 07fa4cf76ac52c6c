package th.phakee.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern NAMED = Pattern.compile("CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF NOT EXISTS",
            Pattern.CASE_INSENSITIVE);

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
        // each CREATE … IF NOT EXISTS is a schema transaction of its own (a tenth of a second each): on a restart,
        // when they all exist, only the missing ones are run
        Set<String> existing = new HashSet<>(neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name")
                .fetchAs(String.class).all());
        existing.addAll(neo4j.query("SHOW INDEXES YIELD name RETURN name").fetchAs(String.class).all());
        int checked = 0;
        int created = 0;
        for (String file : new String[] { "schema/constraints", "schema/indexes" }) {
            for (String statement : CypherQueries.statementsOf(cypher.get(file))) {
                checked++;
                Matcher name = NAMED.matcher(statement);
                if (!name.find() || !existing.contains(name.group(1))) {
                    neo4j.query(statement).run();
                    created++;
                }
            }
        }
        neo4j.query("CALL db.awaitIndexes(300)").run();
        applied = true;
        log.info("Graph schema ready: {} constraints and indexes checked, {} created", checked, created);
    }
}
