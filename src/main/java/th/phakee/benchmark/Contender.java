package th.phakee.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import th.phakee.search.LuceneQuery;
import th.phakee.search.SearchText;

/** One way to get a canonical request's answer: Phakee or the peer over HTTP, or the floor through the driver. */
interface Contender extends AutoCloseable {

    String name();

    /** Whether it can express the request at all. */
    boolean answers(Canonical request);

    /** The answer's data; a failure or a GraphQL error is an exception. */
    Object ask(Canonical request);

    @Override
    default void close() {
    }

    /** A GraphQL server over HTTP (Phakee's documents, or the peer's). */
    final class GraphQl implements Contender {

        private final String name;
        private final URI endpoint;
        private final boolean peer;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();

        GraphQl(String name, int port, boolean peer) {
            this.name = name;
            this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
            this.peer = peer;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean answers(Canonical request) {
            return (peer ? request.peer() : request.phakee()) != null;
        }

        @Override
        public Object ask(Canonical request) {
            String document = peer ? request.peer() : request.phakee();
            String body = Json.write(Map.of("query", document, "variables", request.variables()));
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                @SuppressWarnings("unchecked")
                Map<String, Object> answer = (Map<String, Object>) Json.read(response.body());
                if (response.statusCode() != 200 || answer.get("errors") != null) {
                    throw new IllegalStateException(name + " failed " + request.name() + ": " + response.statusCode() + " "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                }
                return answer.get("data");
            }
            catch (IOException e) {
                throw new IllegalStateException(name + " did not answer " + request.name() + ": " + e, e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The floor: the request's one hand-written statement, through the Java driver, in a read transaction. */
    final class Floor implements Contender {

        private final Driver driver;

        Floor(String boltUri, String password) {
            this.driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", password));
        }

        Driver driver() {
            return driver;
        }

        @Override
        public String name() {
            return "floor";
        }

        @Override
        public boolean answers(Canonical request) {
            return request.floor() != null;
        }

        @Override
        public Object ask(Canonical request) {
            Map<String, Object> parameters = new HashMap<>(request.variables());
            if (parameters.get("text") instanceof String text) {
                // what the search field derives from the text: the same here, by hand
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                parameters.put("lucene", LuceneQuery.of(text));
                parameters.put("text", lower);
                parameters.put("whole", SearchText.whole(lower));
                parameters.put("start", SearchText.start(lower));
                parameters.put("candidates", SearchText.CANDIDATES_PER_TIER);
                parameters.put("labels", List.of("Plan", "Project", "Agency", "Council", "Community", "Region", "Province",
                        "District", "Tambon", "Indicator", "Source"));
            }
            try (var session = driver.session(SessionConfig.defaultConfig())) {
                return session.executeRead(tx -> tx.run(request.floor(), parameters).single().get("data").asObject());
            }
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
