package th.phakee.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    private final TransactionTemplate transactions;

    private final org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4jStart> embedded;

    public GraphSchemaInitializer(Neo4jClient neo4j, CypherQueries cypher, PlatformTransactionManager transactions,
            org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4jStart> embedded) {
        this.embedded = embedded;
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Those of {@code statements} that create what does not exist yet (all of them on a new database). */
    private static List<String> missing(List<String> statements, Set<String> existing) {
        List<String> missing = new ArrayList<>();
        for (String statement : statements) {
            Matcher name = NAMED.matcher(statement);
            if (!name.find() || !existing.contains(name.group(1))) {
                missing.add(statement);
            }
        }
        return missing;
    }

    /** Runs {@code step}; says at debug level how long it took (a bulk-imported graph's schema takes minutes). */
    private static void timed(String what, Runnable step) {
        long started = System.nanoTime();
        step.run();
        log.debug("{}: {} ms", what.lines().filter(l -> !l.startsWith("//")).findFirst().orElse(what),
                (System.nanoTime() - started) / 1_000_000);
    }

    public synchronized void apply() {
        if (applied) {
            return;
        }
        // the embedded database starts beside the rest of the context: this is the first statement, so it waits
        embedded.ifAvailable(EmbeddedNeo4jStart::await);
        // each CREATE … IF NOT EXISTS is a schema transaction of its own (a tenth of a second each): on a restart,
        // when they all exist, only the missing ones are run
        Set<String> existing = new HashSet<>(neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name")
                .fetchAs(String.class).all());
        existing.addAll(neo4j.query("SHOW INDEXES YIELD name RETURN name").fetchAs(String.class).all());
        // a store the bulk importer wrote has the two lookup indexes under Neo4j's own names: they exist all the same
        neo4j.query("SHOW INDEXES YIELD type, entityType WHERE type = 'LOOKUP' RETURN entityType").fetchAs(String.class)
                .all().forEach(entity -> existing.add(entity.equals("NODE") ? "node_label_lookup" : "relationship_type_lookup"));
        List<String> allConstraints = CypherQueries.statementsOf(cypher.get("schema/constraints"));
        List<String> allIndexes = CypherQueries.statementsOf(cypher.get("schema/indexes"));
        List<String> constraints = missing(allConstraints, existing);
        List<String> indexes = missing(allIndexes, existing);
        // each constraint is populated and checked as it is created, one after the other
        constraints.forEach(statement -> timed(statement, () -> neo4j.query(statement).run()));
        // the indexes in one transaction: Neo4j populates the indexes a transaction creates in one pass over the
        // store, where one transaction each made a pass each (a bulk-imported graph of millions of nodes)
        transactions.executeWithoutResult(status -> indexes.forEach(statement -> neo4j.query(statement).run()));
        timed("the indexes' population", () -> neo4j.query("CALL db.awaitIndexes(300)").run());
        applied = true;
        log.info("Graph schema ready: {} constraints and indexes checked, {} created", allConstraints.size() + allIndexes.size(),
                constraints.size() + indexes.size());
    }
}
