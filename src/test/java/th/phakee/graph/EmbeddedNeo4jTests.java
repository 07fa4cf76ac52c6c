package th.phakee.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import th.phakee.EmbeddedOnly;

/** The embedded database starts with Bolt on loopback and gets the graph model's constraints and indexes. */
@EmbeddedOnly
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "phakee.embedded.data-dir=target/neo4j-test/importer-${random.uuid}")
class EmbeddedNeo4jTests {

    /** Every label of docs/graph-model.md, and Entity, which all of them carry. */
    static final List<String> LABELS = List.of("Entity", "Plan", "Project", "Budget", "Agency", "Council", "Community",
            "Region", "Province", "District", "Tambon", "Indicator", "Observation", "Source");

    @Autowired
    DatabaseManagementService embedded;

    @Autowired
    Neo4jConnectionDetails connection;

    @Autowired
    GraphSchemaInitializer schema;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4jStart> start;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void boltListensOnLoopbackOnly() {
        assertThat(connection.getUri().getScheme()).isEqualTo("bolt");
        assertThat(connection.getUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(connection.getUri().getPort()).isPositive();
    }

    @Test
    void everyLabelHasAUniqueIdConstraint() {
        schema.apply();
        var constraints = neo4j.query("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
                + "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties").fetch().all();
        assertThat(constraints).extracting(row -> row.get("label")).containsAll(LABELS);
        assertThat(constraints).filteredOn(row -> LABELS.contains(row.get("label")))
                .allSatisfy(row -> assertThat(row.get("properties")).isEqualTo(List.of("id")));
        // the dashboard's tallies (money.Tallies), the collaborations (money.Collaborations) and the money model's
        // lock are not entities: unique by name
        assertThat(constraints).filteredOn(row -> !LABELS.contains(row.get("label")))
                .extracting(row -> row.get("label")).containsExactlyInAnyOrder("Tally", "Collaboration", "ModelLock");
        assertThat(constraints).filteredOn(row -> !LABELS.contains(row.get("label")))
                .allSatisfy(row -> assertThat(row.get("properties")).isEqualTo(List.of("name")));
    }

    @Test
    void schemaSetUpIsIdempotent() {
        schema.apply();
        long before = neo4j.query("SHOW INDEXES YIELD name RETURN count(*)").fetchAs(Long.class).one().orElseThrow();
        new GraphSchemaInitializer(neo4j, new CypherQueries(), transactionManager, start).apply();
        long after = neo4j.query("SHOW INDEXES YIELD name RETURN count(*)").fetchAs(Long.class).one().orElseThrow();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void namesHaveAThaiFullTextIndexThatIsOnline() {
        schema.apply();
        Map<String, Object> index = neo4j.query("SHOW FULLTEXT INDEXES YIELD name, state, options "
                + "WHERE name = 'entity_names' RETURN state, options").fetch().one().orElseThrow();
        assertThat(index.get("state")).isEqualTo("ONLINE");
        assertThat(index.get("options").toString()).contains("fulltext.analyzer=thai");
    }

    @Test
    void everyCatalogStatementCompiles() {
        schema.apply();
        var catalog = new CypherQueries();
        List<String> failures = new java.util.ArrayList<>();
        catalog.all().forEach((key, statement) -> {
            try {
                if (!key.startsWith("schema/")) {
                    neo4j.query("EXPLAIN " + statement).run();
                }
            }
            catch (RuntimeException e) {
                failures.add(key + ": " + e.getMessage());
            }
        });
        assertThat(catalog.all()).containsKeys("import/nodes.create", "money/graph.nodes");
        assertThat(failures).isEmpty();
    }
}
