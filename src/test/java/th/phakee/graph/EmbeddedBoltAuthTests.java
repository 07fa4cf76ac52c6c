package th.phakee.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded database's Bolt port requires a password: a local process without it can neither read nor write
 * the graph. Started here without Spring, through the configuration's own bean methods.
 */
class EmbeddedBoltAuthTests {

    final EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();

    static String dataDir() {
        return Path.of("target/neo4j-test/bolt-auth-" + UUID.randomUUID()).toString();
    }

    /** A free loopback port for a database these tests start themselves. */
    EmbeddedNeo4jConfiguration.BoltPort bolt = configuration.embeddedBoltPort(0);

    long nodes(DatabaseManagementService dbms, AuthToken auth) {
        var uri = configuration.neo4jConnectionDetails(bolt, new EmbeddedNeo4jConfiguration.BoltPassword("unused", false), null, true).getUri();
        try (var driver = GraphDatabase.driver(uri, auth)) {
            return driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
        }
    }

    @Test
    void boltRefusesADriverWithoutTheGeneratedPassword() {
        var password = configuration.embeddedBoltPassword("");
        assertThat(password.generated()).isTrue();
        assertThat(password.value()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(configuration.embeddedBoltPassword("").value()).isNotEqualTo(password.value());
        DatabaseManagementService dbms = configuration.embeddedNeo4jStart(dataDir(), bolt, "16m", "256m", java.time.Duration.ofMinutes(1), password, new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(NewStoreWriter.class)).await();
        try {
            assertThatThrownBy(() -> nodes(dbms, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            // the default password of a new Neo4j database, and a wrong one
            assertThatThrownBy(() -> nodes(dbms, AuthTokens.basic("neo4j", "neo4j"))).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> nodes(dbms, AuthTokens.basic("neo4j", "not-the-password"))).isInstanceOf(AuthenticationException.class);
            // what the application's driver is given
            var details = configuration.neo4jConnectionDetails(bolt, password, null, true);
            assertThat(nodes(dbms, details.getAuthToken())).isZero();
        }
        finally {
            dbms.shutdown();
        }
    }

    @Test
    void aConfiguredPasswordLetsToolsConnectAndSurvivesARestart() {
        String dir = dataDir();
        var password = configuration.embeddedBoltPassword("a-password-for-tools");
        assertThat(password.generated()).isFalse();
        for (int start = 1; start <= 2; start++) {
            // the second start sets the password the database already has, which Neo4j refuses unless handled
            DatabaseManagementService dbms = configuration.embeddedNeo4jStart(dir, bolt, "16m", "256m", java.time.Duration.ofMinutes(1), password, new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(NewStoreWriter.class)).await();
            try {
                assertThat(nodes(dbms, AuthTokens.basic("neo4j", "a-password-for-tools"))).isZero();
                assertThatThrownBy(() -> nodes(dbms, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            }
            finally {
                dbms.shutdown();
            }
        }
    }

    @Test
    void aConfiguredPasswordShorterThanNeo4jAllowsIsRefusedWithItsName() {
        assertThatThrownBy(() -> configuration.embeddedBoltPassword("short"))
                .hasMessageContaining("phakee.embedded.bolt-password");
    }
}
