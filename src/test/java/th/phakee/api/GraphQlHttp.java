package th.phakee.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client of the service, for tests that send many requests at once (races) or bodies no GraphQL
 * client would send (broken JSON, bytes that are not UTF-8): the status, the body as text, and as JSON if it is.
 */
final class GraphQlHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every character that is not ASCII as an escape: the only way to send a lone surrogate in JSON. */
    static final ObjectMapper ESCAPING = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    record Answer(int status, String body, JsonNode json) {

        /** The errors of the answer (an empty list if none). */
        List<JsonNode> errors() {
            return json == null || !json.has("errors") ? List.of() : toList(json.get("errors"));
        }

        boolean ok() {
            return status == 200 && json != null && errors().isEmpty();
        }

        String classification() {
            return errors().isEmpty() ? null : errors().get(0).path("extensions").path("classification").asText(null);
        }

        String message() {
            return errors().isEmpty() ? null : errors().get(0).path("message").asText();
        }

        private static List<JsonNode> toList(JsonNode array) {
            List<JsonNode> list = new java.util.ArrayList<>();
            array.forEach(list::add);
            return list;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI uri;
    private final String key;

    GraphQlHttp(int port, String key) {
        this.uri = URI.create("http://localhost:" + port + "/graphql");
        this.key = key;
    }

    /** Sends a document with its variables as JSON. */
    Answer post(String document, Map<String, Object> variables) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        }
        catch (IOException | IllegalArgumentException unpaired) {
            // a half of a surrogate pair cannot be written as UTF-8; escaped, it is valid JSON
            try {
                bytes = ESCAPING.writeValueAsBytes(body);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return post(bytes, "application/json");
    }

    /** Sends these bytes as the body, whatever they are. */
    Answer post(byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            JsonNode json = null;
            try {
                json = text.isEmpty() ? null : JSON.readTree(text);
            }
            catch (IOException notJson) {
                // the body is not JSON (an error page); the caller looks at the text
            }
            return new Answer(response.statusCode(), text, json);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
