package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.phakee.api.GraphQlHttp.Answer;

/**
 * Search cannot fail on what a person types (issue 12, item 3): any text up to the length the API takes gives
 * results or an empty list, never INTERNAL_ERROR; a text the API refuses gets BAD_REQUEST and one short log line,
 * never a stack trace. Before: one Thai mark repeated 500 times ("automaton too large") or a few hundred distinct
 * words ("TooManyClauses") gave INTERNAL_ERROR and 22.7 KB of stack trace in the log.
 */
@KeyedApiTest
@ExtendWith(OutputCaptureExtension.class)
class SearchInputTests {

    static final String SEARCH = "query($text: String!) { search(text: $text) { type name node { id } } }";

    @LocalServerPort
    int port;

    /** Texts that broke the full-text query, or might: each within the API's 1000 characters. */
    static List<String> hostileTexts() {
        List<String> texts = new ArrayList<>();
        texts.add("\u0e34".repeat(500));                                     // one Thai vowel mark, 500 times
        texts.add("\u0e48".repeat(1000));                                    // a tone mark, 1000 times
        texts.add("ก".repeat(1000));                                         // one consonant: one long "word"
        texts.add("ก\u0e34\u0e48".repeat(333));                              // consonant, vowel, tone: stacked marks
        texts.add(IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining(" ")).substring(0, 1000));
        texts.add(IntStream.range(0, 334).mapToObj(i -> "" + (char) ('a' + i % 26) + (char) ('a' + i / 26))
                .collect(Collectors.joining(" ")).substring(0, 1000));        // 334 two-letter words
        texts.add(IntStream.range(0, 250).mapToObj(i -> "ตาก" + i).collect(Collectors.joining(" ")).substring(0, 1000));
        texts.add("ตาก ".repeat(250));                                       // one word, 250 times
        texts.add("*".repeat(1000));
        texts.add("\\".repeat(999) + "\"");
        texts.add("AND OR NOT && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / + -".repeat(10));
        texts.add("a*".repeat(500));
        texts.add("a~2 b^3 c:d \"e f\"~5 [g TO h] /i.*j/");
        texts.add("x".repeat(1000));
        texts.add("😀".repeat(500));                                          // surrogate pairs: 1000 chars
        texts.add("\u200b\u200c\u200d\ufeff".repeat(250));                   // zero-width characters
        texts.add("\u0300".repeat(1000));                                    // a combining accent alone
        texts.add("ก\u0300\u0e34".repeat(333));
        texts.add("\t\r\n ".repeat(249) + "ตาก");
        texts.add("ตาก\u0000กาญจน");
        texts.add("العربية עברית русский 中文 日本語 한국어");
        return texts;
    }

    @Test
    void anyTextUpToTheLimitGivesResultsOrAnEmptyListAndNoStackTrace(CapturedOutput output) {
        GraphQlHttp client = new GraphQlHttp(port, null);
        int logBefore = output.getOut().length();
        List<String> failures = new ArrayList<>();
        for (String text : hostileTexts()) {
            Answer answer = client.post(SEARCH, Map.of("text", text));
            if (answer.status() != 200 || !answer.errors().isEmpty() || !answer.json().at("/data/search").isArray()) {
                failures.add(text.substring(0, Math.min(30, text.length())) + "… (" + text.length() + " chars): "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(output.getOut().substring(logBefore)).doesNotContain("\tat ").doesNotContain("ERROR");
    }

    @Test
    void searchStillFindsWhatItFoundAmongManyWords() {
        // Tak (TH-63) before hundreds of other words: the bounded query keeps the first words
        Answer answer = new GraphQlHttp(port, null).post(SEARCH, Map.of("text", "ตาก " + "w ".repeat(400)));
        assertThat(answer.ok()).as(answer.body()).isTrue();
        List<String> ids = new ArrayList<>();
        answer.json().at("/data/search").forEach(hit -> ids.add(hit.at("/node/id").asText()));
        assertThat(ids).contains("TH-63");
    }

    @Test
    void aTextTheApiRefusesIsABadRequestWithOneShortLogLine(CapturedOutput output) {
        int logBefore = output.getOut().length();
        Answer answer = new GraphQlHttp(port, null).post(SEARCH, Map.of("text", "ก".repeat(1001)));
        assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
        assertThat(answer.message()).contains("1001", "1000");
        String log = output.getOut().substring(logBefore);
        List<String> lines = log.lines().filter(line -> line.contains("/search")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("refused").hasSizeLessThan(400);
        assertThat(log).doesNotContain("\tat ");
    }
}
