package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Every example query of docs/api.md returns, over HTTP on the shipped data, exactly the answer printed below it. */
@ApiTest
class ApiDocumentationTests {

    private static final Pattern EXAMPLE = Pattern.compile("```graphql\\n(\\{.*?)\\n```\\s*```json\\n(.*?)\\n```", Pattern.DOTALL);

    @Autowired
    TestRestTemplate http;

    @Test
    void everyExampleAnswersAsDocumented() throws IOException {
        String page = Files.readString(Path.of("docs/api.md"), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        Matcher example = EXAMPLE.matcher(page);
        List<String> mismatches = new ArrayList<>();
        int examples = 0;
        while (example.find()) {
            examples++;
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            String answer = http.postForObject("/graphql", new HttpEntity<>(Map.of("query", example.group(1)), headers), String.class);
            JsonNode expected = json.readTree(example.group(2));
            JsonNode actual = json.readTree(answer);
            if (!expected.equals(actual)) {
                mismatches.add(example.group(1) + "\n  returned " + answer);
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(8);
        assertThat(mismatches).isEmpty();
    }
}
