package th.phakee.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
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
 * and credentials are handed to Spring Boot as {@link Neo4jConnectionDetails}, so the same code runs against a
 * server or Aura.
 * <p>
 * Bolt requires authentication, so that another process on the machine cannot read or write the graph around
 * the API keys: user {@value #USER}, with a password generated at each start and held only in memory, or the
 * one given as {@code phakee.embedded.bolt-password} for tools that need to connect (the benchmark peer).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    static final String USER = "neo4j";

    /** The Bolt password of this run. */
    record BoltPassword(String value, boolean generated) {

        @Override
        public String toString() {
            return "BoltPassword[****]";
        }
    }

    @Bean
    BoltPassword embeddedBoltPassword(@Value("${phakee.embedded.bolt-password:}") String configured) {
        if (!configured.isEmpty()) {
            if (configured.length() < 8) {
                throw new IllegalArgumentException("phakee.embedded.bolt-password must have at least 8 characters (Neo4j's minimum)");
            }
            return new BoltPassword(configured, false);
        }
        return new BoltPassword(randomPassword(), true);
    }

    /** The Bolt port, known before the database starts, so that the driver can be made without waiting for it. */
    record BoltPort(int port) {
    }

    @Bean
    BoltPort embeddedBoltPort(@Value("${phakee.embedded.bolt-port}") int configured) {
        if (configured != 0) {
            return new BoltPort(configured);
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return new BoltPort(socket.getLocalPort());
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("No free port on the loopback interface for embedded Bolt", e);
        }
    }

    /**
     * The embedded database, started on a thread of its own as soon as the driver is made: the rest of the context
     * (the GraphQL schema, the web layer) is built meanwhile, on the other core, and the first statement waits for it
     * ({@link EmbeddedNeo4jStart#await}: the schema initializer, before anything else reads or writes). It took
     * 7.5-12 s of a cold start of 13-25 s when it ran first, on the main thread.
     */
    @Bean(destroyMethod = "shutdown")
    EmbeddedNeo4jStart embeddedNeo4jStart(@Value("${phakee.embedded.data-dir}") String dataDir,
            BoltPort bolt,
            @Value("${phakee.embedded.pagecache}") String pageCache,
            @Value("${phakee.embedded.transaction-memory}") String transactionMemory,
            @Value("${phakee.embedded.transaction-timeout}") Duration transactionTimeout, BoltPassword password,
            org.springframework.beans.factory.ObjectProvider<NewStoreWriter> newStore) {
        // resolved here, on the thread building the context: the start thread makes no beans
        List<NewStoreWriter> writers = newStore.orderedStream().toList();
        return new EmbeddedNeo4jStart(() -> {
            // a new database's first data is written as its store, before it starts (the service's first start)
            writers.forEach(writer -> writer.writeIfAbsent(Path.of(dataDir).toAbsolutePath().normalize()));
            return start(dataDir, bolt, pageCache, transactionMemory, transactionTimeout, password);
        });
    }

    /**
     * A context whose database starts in the background is ready once its database is: what runs after the refresh
     * (a test, a runner) may use it at once. The service has waited already by then (its schema initializer's first
     * statement waits); a context without it (a test of the importer alone) would otherwise reach a database that
     * does not listen yet. A command's database starts when the command makes the driver, and not before: the import
     * writes a new store in bulk before it starts.
     */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.context.event.ContextRefreshedEvent> embeddedNeo4jReady(
            org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4jStart> start,
            @Value("${phakee.embedded.start-in-background:true}") boolean background) {
        return event -> {
            if (background) {
                start.getObject().await();
            }
        };
    }

    /**
     * The started database, made when first asked for (lazily, so that the context's other beans are not held up
     * by its start); shut down by {@link EmbeddedNeo4jStart}, hence no destroy method.
     */
    @Bean(destroyMethod = "")
    @org.springframework.context.annotation.Lazy
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jStart start) {
        return start.await();
    }

    private static DatabaseManagementService start(String dataDir, BoltPort bolt, String pageCache,
            String transactionMemory, Duration transactionTimeout, BoltPassword password) {
        Path home = Path.of(dataDir).toAbsolutePath().normalize();
        int boltPort = bolt.port();
        log.info("Starting embedded Neo4j with its data in {}", home);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes(pageCache, home))
                // a runaway statement is stopped by the database itself, whoever sent it
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(transactionMemory))
                .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
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
        try {
            setPassword(dbms, password.value());
        }
        catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        log.info(password.generated()
                ? "Embedded Neo4j's Bolt requires user {} with a password generated for this run (phakee.embedded.bolt-password sets one)"
                : "Embedded Neo4j's Bolt requires user {} with the password of phakee.embedded.bolt-password", USER);
        return dbms;
    }

    /** The smallest page cache {@code auto} gives: what the seeds' store needs, with room to grow. */
    static final long MIN_PAGE_CACHE = 64L << 20;

    /**
     * The page cache: a size ({@code 512m}), or {@code auto}: the store on disk and a tenth more (reads are served from
     * memory whatever the scale: 12 MB at the seeds, 188 MB at 10^5 generated nodes, 1.8 GB at 10^6), at least
     * {@value #MIN_PAGE_CACHE} bytes, at most a quarter of the machine's memory.
     */
    static long pageCacheBytes(String configured, Path home) {
        if (!configured.strip().equalsIgnoreCase("auto")) {
            return ByteUnit.parse(configured);
        }
        long store = 0;
        Path databases = home.resolve("data").resolve("databases");
        if (Files.isDirectory(databases)) {
            try (var files = Files.walk(databases)) {
                store = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
            catch (IOException | UncheckedIOException e) {
                log.warn("Could not measure the store in {} ({}); the page cache gets {} bytes", databases, e.getMessage(),
                        MIN_PAGE_CACHE);
            }
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long size = Math.max(MIN_PAGE_CACHE, Math.min(store + store / 10, memory / 4));
        log.info("Embedded Neo4j's page cache: {} MiB for a store of {} MiB", size >> 20, store >> 20);
        return size;
    }

    /**
     * Sets the user's password in the system database, through the embedded API (which needs no login), before any
     * Bolt client connects. A new database's user has the default password, which must be changed at first login;
     * an existing one keeps the password of its last run. Neo4j refuses to set a password to its current value
     * ("Old password and new password cannot be the same"), so a throwaway value comes first: then the statement
     * succeeds whatever the password was.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        for (String value : new String[] { randomPassword(), password }) {
            system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", value));
        }
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * Depends on the database's start: whatever makes the driver starts the database. The service builds the rest of
     * its context meanwhile, and its first statement, the schema initializer's, waits until the database listens; a
     * command ({@code phakee.embedded.start-in-background=false}: it makes the driver when it is about to use it)
     * waits here.
     */
    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(BoltPort bolt, BoltPassword password, EmbeddedNeo4jStart start,
            @Value("${phakee.embedded.start-in-background:true}") boolean background) {
        if (!background) {
            start.await();
        }
        URI uri = URI.create("bolt://127.0.0.1:" + bolt.port());
        log.info("Embedded Neo4j takes Bolt on {}", uri);
        AuthToken credentials = AuthTokens.basic(USER, password.value());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return credentials;
            }
        };
    }
}
