package th.phakee.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import th.phakee.Application;
import th.phakee.api.KeyedApiTest;

/**
 * What an operator relies on: health open to probes with its details for an ADMIN key only, metrics and Prometheus
 * for an ADMIN key only, with request, statement and import metrics; the description in /actuator/info; CORS for
 * the configured origins; a plain sentence when the database folder is in use.
 */
@KeyedApiTest
class OperatorTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseManagementService embedded;

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void healthIsPublicWithItsDetailsForAnAdminKeyOnly() {
        client().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
        client().get().uri("/actuator/health").header("X-API-Key", "editor-secret").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components").doesNotExist();
        client().get().uri("/actuator/health").header("X-API-Key", "admin-secret").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.neo4j.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.details.edition").isEqualTo("community");
        // the probes a container platform asks; readiness includes Neo4j
        client().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client().get().uri("/actuator/health/readiness").header("X-API-Key", "admin-secret").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components.neo4j.status").isEqualTo("UP");
        // an unknown key is refused, not taken for anonymous
        client().get().uri("/actuator/health").header("X-API-Key", "guess").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void metricsAndPrometheusNeedAnAdminKeyAndCountRequestsStatementsAndTheImport() {
        for (String path : new String[] { "/actuator/metrics", "/actuator/prometheus" }) {
            client().get().uri(path).exchange().expectStatus().isUnauthorized();
            client().get().uri(path).header("X-API-Key", "editor-secret").exchange().expectStatus().isForbidden();
        }
        client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ province(id: \\\"TH-63\\\") { nameTh } }\"}").exchange().expectStatus().isOk();
        String prometheus = client().get().uri("/actuator/prometheus").header("X-API-Key", "admin-secret").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(prometheus)
                .containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/graphql\".*\\} [1-9]")
                .containsPattern("(?m)^graphql_request_seconds_count\\{.*\\} [1-9]")
                .containsPattern("(?m)^phakee_cypher_statements_total [1-9]")
                // the packaged dataset, loaded on start into the empty database: every row created
                .containsPattern("(?m)^phakee_import_seconds_count\\{outcome=\"imported\"\\} 1")
                .containsPattern("(?m)^phakee_import_nodes_total\\{change=\"created\"\\} [1-9]\\d{3,}")
                .containsPattern("(?m)^phakee_import_relationships_total\\{change=\"created\"\\} [1-9]\\d{3,}");
        client().get().uri("/actuator/metrics/phakee.cypher.statements").header("Authorization", "Bearer admin-secret")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("phakee.cypher.statements");
    }

    @Test
    void infoDescribesTheService() {
        client().get().uri("/actuator/info").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.app.description")
                .isEqualTo("GraphQL API over a Neo4j graph of Thailand's community development partnerships")
                .jsonPath("$.app.name").isEqualTo("Phakee (ภาคี)")
                .jsonPath("$.build.artifact").isEqualTo("phakee");
    }

    @Test
    void graphQlAnswersBrowsersOfTheConfiguredOriginsOnly() {
        client().options().uri("/graphql").header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,x-api-key").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://dashboard.example.org")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, m -> assertThat(m).contains("POST"));
        client().options().uri("/graphql").header(HttpHeaders.ORIGIN, "https://elsewhere.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange()
                .expectStatus().isForbidden().expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aSecondServiceOnTheSameDatabaseFolderSaysSoInASentence() throws Exception {
        // this test's service holds the folder's lock; a second `java` process on it cannot start (within one JVM
        // Neo4j lets a second lock through, so it takes another process)
        String folder = StartupReport.home(embedded).toString();
        java.nio.file.Path log = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "second-service-", ".log");
        Process second = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--phakee.embedded.data-dir=" + folder, "--server.port=0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(second.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("the second service gave up").isTrue();
        }
        finally {
            second.destroyForcibly();
        }
        String output = java.nio.file.Files.readString(log);
        assertThat(second.exitValue()).as(output).isNotZero();
        assertThat(output).contains("The database folder " + folder + " is in use")
                .contains("Stop the service or pass --phakee.embedded.data-dir=")
                .doesNotContain("\tat org.neo4j").doesNotContain("Caused by");
    }

    @Test
    void schemaNoticesOnARestartAreNotLoggedAsInfo() {
        // "index … already exists" for each CREATE … IF NOT EXISTS comes without a category
        Logger notices = (Logger) LoggerFactory.getLogger("org.springframework.data.neo4j.cypher");
        assertThat(notices.getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(((Logger) LoggerFactory.getLogger("org.springframework.data.neo4j.cypher.deprecation"))
                .getEffectiveLevel()).isEqualTo(Level.INFO);
    }
}
