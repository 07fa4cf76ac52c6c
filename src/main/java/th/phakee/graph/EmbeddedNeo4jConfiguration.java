package th.phakee.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the application's JVM with Bolt on loopback, unless an external Neo4j is configured
 * ({@link EmbeddedNeo4jCondition}). The rest of the application only sees the ordinary driver: the Bolt address
 * is handed to Spring Boot as {@link Neo4jConnectionDetails}, so the same code runs against a server or Aura.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(@Value("${phakee.embedded.data-dir}") String dataDir,
            @Value("${phakee.embedded.bolt-port}") int boltPort,
            @Value("${phakee.embedded.pagecache}") String pageCache) {
        Path home = Path.of(dataDir).toAbsolutePath().normalize();
        log.info("Starting embedded Neo4j with its data in {}", home);
        return new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, false)
                // loopback only, and the application is the only client
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // transaction logs are otherwise preallocated at 256 MiB per database: 0.5 GB on disk for a dataset
                // of 24,000 rows, and per test database
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // indexes are populated when they are created (after a bulk import: over the whole graph) by half the
                // cores by default, one of two; all of them populate the indexes of 10^6 nodes in half the time
                .setConfig(GraphDatabaseInternalSettings.index_population_workers, Runtime.getRuntime().availableProcessors())
                // 5 s each by default: every shutdown (each test JVM) would otherwise wait ~10 s
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                .build();
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(DatabaseManagementService embeddedNeo4j) {
        var system = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var address = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
        log.info("Embedded Neo4j listens for Bolt on {}", uri);
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }
        };
    }
}
