package th.phakee.web;

import java.net.URI;
import java.nio.file.Path;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start which Neo4j is in use (embedded or external, its version and address) and where the pages are,
 * so that an operator reads from the log what a browser can open.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<Driver> driver;
    private final ObjectProvider<Neo4jConnectionDetails> connection;
    private final ObjectProvider<DatabaseManagementService> embedded;
    private final Environment environment;

    StartupReport(ObjectProvider<Driver> driver, ObjectProvider<Neo4jConnectionDetails> connection,
            ObjectProvider<DatabaseManagementService> embedded, Environment environment) {
        this.driver = driver;
        this.connection = connection;
        this.embedded = embedded;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        // a command (import, export …) is not the service: it says what it did itself, and must not start the
        // embedded database (import writes a new one's store before it starts)
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        log.info(neo4j());
        if (web.getWebServer() != null) {
            String base = "http://localhost:" + web.getWebServer().getPort();
            log.info("""
                    Phakee is ready:
                      search     {}/
                      explorer   {}/explore?focus=TH-63
                      dashboard  {}/dashboard
                      GraphiQL   {}/graphiql   (the examples of docs/api.md as presets)
                      docs       {}/docs
                      API        POST {}/graphql
                      health     {}/actuator/health""", base, base, base, base, base, base, base);
        }
    }

    /** "Neo4j 5.26.x community, embedded (data in …), at bolt://127.0.0.1:…", or "external, at neo4j+s://…". */
    String neo4j() {
        DatabaseManagementService dbms = embedded.getIfAvailable();
        String where = dbms != null ? "embedded (data in " + home(dbms) + ")" : "external";
        Neo4jConnectionDetails details = connection.getIfAvailable();
        String address = details == null ? environment.getProperty("spring.neo4j.uri", "?") : withoutUserInfo(details.getUri());
        String version = "?";
        Driver neo4j = driver.getIfAvailable();
        if (neo4j != null) {
            try (var session = neo4j.session()) {
                var component = session.run("CALL dbms.components() YIELD name, versions, edition "
                        + "RETURN name, versions[0] AS version, edition").single();
                version = component.get("name").asString() + " " + component.get("version").asString() + " "
                        + component.get("edition").asString();
            }
            catch (RuntimeException e) {
                version = "Neo4j (version not readable: " + e.getMessage() + ")";
            }
        }
        return "Neo4j in use: " + version + ", " + where + ", at " + address;
    }

    /** The embedded database's folder (phakee.embedded.data-dir, resolved). */
    static Path home(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver().resolveDependency(Config.class).get(GraphDatabaseSettings.neo4j_home);
    }

    private static String withoutUserInfo(URI uri) {
        if (uri == null || uri.getUserInfo() == null) {
            return String.valueOf(uri);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
