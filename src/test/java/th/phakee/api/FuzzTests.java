package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import th.phakee.api.GraphQlHttp.Answer;

/**
 * Random input at the service's door (issue 12, item 8): GraphQL documents, valid and mangled; variables of every
 * type and of none; strings of Thai with its combining marks stacked, control characters, lone surrogates, Lucene,
 * GraphQL and Cypher syntax, up to a megabyte; request bodies that are not JSON or not UTF-8. Sent anonymously
 * (reads) and with an editor's key (mutations).
 * <p>
 * Asserted for every request: no 5xx, no INTERNAL_ERROR, nothing in the answer that looks like a stack trace or
 * an exception; for every mutation that was refused, the graph unchanged; at the end, the log free of stack traces
 * and errors, and the graph as it was once the fuzz entities (ids {@code TEST-FUZZ-…}, the only ones a fuzz
 * mutation can change) are removed. Deterministic: a fixed seed, a fixed number of requests.
 */
@KeyedApiTest
@ExtendWith(OutputCaptureExtension.class)
class FuzzTests {

    static final long SEED = 20_261_206L;
    static final int REQUESTS = 500;

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    th.phakee.money.MoneyModel money;

    final Random random = new Random(SEED);

    // --- strings ------------------------------------------------------------------------------------------------

    static final String SYNTAX = "\"'\\`{}()[]$:*?~^!|&/<>#@%=+-,.;\n\r\t ";
    static final List<String> PHRASES = List.of("MATCH (n) DETACH DELETE n", "' OR 1=1 --", "\") { id } }", "AND", "OR NOT",
            "ตาก", "กาญจนบุรี", "ที่อยู่อาศัย", "TH-63", "MP-17", "NS", "CODI-AP2567-P03", "003:51", "999:1", "003:99999",
            "null", "true", "__typename", "${jndi:ldap://x}", "%s%n", "\u202e\u0645\u0631\u062d\u0628\u0627",
            "😀👍🏽", "中文", "e\u0301", "\u0000", "\ufeff", "\u200b");

    /** A Thai syllable, with combining marks stacked on it at times far beyond what any word has. */
    String thai() {
        StringBuilder s = new StringBuilder();
        if (random.nextInt(4) == 0) {
            s.append((char) (0x0E40 + random.nextInt(5)));                     // a leading vowel เ แ โ ใ ไ
        }
        s.append((char) (0x0E01 + random.nextInt(46)));                         // a consonant
        int marks = random.nextInt(10) == 0 ? random.nextInt(60) : random.nextInt(3);
        for (int i = 0; i < marks; i++) {
            int[] combining = { 0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E38, 0x0E39, 0x0E3A, 0x0E47, 0x0E48,
                    0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, 0x0E4D, 0x0E4E };
            s.append((char) combining[random.nextInt(combining.length)]);
        }
        return s.toString();
    }

    String piece() {
        return switch (random.nextInt(9)) {
            case 0, 1, 2 -> thai();
            case 3 -> String.valueOf(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
            case 4 -> PHRASES.get(random.nextInt(PHRASES.size()));
            case 5 -> String.valueOf((char) random.nextInt(0x20));              // a control character
            case 6 -> String.valueOf((char) (0xD800 + random.nextInt(0x800)));   // half of a surrogate pair, alone
            case 7 -> {
                int codePoint = 0x20 + random.nextInt(0x10FFFF - 0x20);
                yield codePoint >= 0xD800 && codePoint <= 0xDFFF ? "x" : new String(Character.toChars(codePoint));
            }
            default -> Integer.toString(random.nextInt(1000));
        };
    }

    /** A string of pieces; lengths around the API's limit (1000) and far past it, now and then. */
    String text() {
        int length = switch (random.nextInt(12)) {
            case 0 -> 0;
            case 1 -> 999 + random.nextInt(3);
            case 2 -> 5_000;
            case 3 -> random.nextInt(20) == 0 ? 1_000_000 : 20_000;
            default -> 1 + random.nextInt(40);
        };
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(piece());
        }
        return s.substring(0, Math.min(s.length(), Math.max(length, 0)));
    }

    String id() {
        return switch (random.nextInt(6)) {
            case 0 -> "TEST-FUZZ-" + random.nextInt(8);
            case 1 -> List.of("TH-63", "MP-17", "NS", "CODI-AP2567-P03", "AG-CODI", "003").get(random.nextInt(6));
            case 2 -> "";
            default -> text();
        };
    }

    /** An id that only fuzz entities have, or one that names nothing: what a fuzz mutation may write to. */
    String fuzzId() {
        return random.nextBoolean() ? "TEST-FUZZ-" + random.nextInt(8) : "TEST-FUZZ-" + text();
    }

    /** An id a create must refuse: one the dataset uses, or one no id can be. */
    String takenOrInvalidId() {
        return switch (random.nextInt(3)) {
            case 0 -> List.of("TH-63", "MP-17", "NS", "CODI-AP2567-P03", "AG-CODI", "003").get(random.nextInt(6));
            case 1 -> "";
            default -> text() + " |";
        };
    }

    Object value() {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> random.nextDouble() * 1e300;
            case 5 -> List.of(text(), text());
            case 6 -> Map.of(text(), text());
            case 7 -> 2500 + random.nextInt(300);
            default -> text();
        };
    }

    Object anyOf(Object... choices) {
        return choices[random.nextInt(choices.length)];
    }

    Object enumOr(String... names) {
        return random.nextInt(4) == 0 ? value() : names[random.nextInt(names.length)];
    }

    Object yearOr() {
        return random.nextInt(3) == 0 ? value() : 2500 + random.nextInt(300);
    }

    // --- requests -------------------------------------------------------------------------------------------------

    record Request(String document, Map<String, Object> variables, boolean mutation) {
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    Request read() {
        return switch (random.nextInt(12)) {
            case 0 -> new Request("query($id: ID!) { node(id: $id) { id ... on Plan { nameTh level sources { line text source { id } } } } }",
                    vars("id", anyOf(id(), value())), false);
            case 1 -> new Request("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", vars("ids", List.of(id(), id(), id())), false);
            case 2, 3 -> new Request("query($t: String!, $n: Int) { search(text: $t, first: $n) { type name score node { id } } }",
                    vars("t", anyOf(text(), text(), value()), "n", anyOf(5, 20, value())), false);
            case 4 -> new Request("query($w: PlanFilter, $n: Int, $a: String) { plans(where: $w, first: $n, after: $a) "
                    + "{ totalCount edges { cursor node { id nameTh } } } }",
                    vars("w", vars("level", enumOr("PROGRAMME", "MASTER_PLAN"), "nameContains", text(), "linkedTo", id(),
                            "fiscalYear", yearOr()), "n", anyOf(3, value()), "a", anyOf(null, text())), false);
            case 5 -> new Request("query($id: ID!, $d: Int, $y: Int) { linkage(from: $id, maxDepth: $d, fiscalYear: $y) "
                    + "{ nodes { id } edges { type } } }", vars("id", id(), "d", anyOf(2, value()), "y", yearOr()), false);
            case 6 -> new Request("query($a: ID!, $b: ID!, $l: Int) { linkPaths(from: $a, to: $b, maxLength: $l) { length } }",
                    vars("a", id(), "b", id(), "l", anyOf(3, value())), false);
            case 7 -> new Request("query($p: ID!, $y: Int) { budgetRollup(plan: $p, fiscalYear: $y) { total { baht } } }",
                    vars("p", id(), "y", yearOr()), false);
            case 8 -> new Request("query($n: String!) { provinceByName(nameTh: $n) { id } }", vars("n", text()), false);
            case 9 -> new Request("query($y: Int, $r: ID, $p: ID) { summary(fiscalYear: $y, region: $r, province: $p) "
                    + "{ counts { key count } } }", vars("y", yearOr(), "r", anyOf(null, id()), "p", anyOf(null, id())), false);
            case 10 -> new Request("query($w: AgencyFilter, $n: Int) { agencies(where: $w, first: $n) { totalCount } }",
                    vars("w", vars("kind", enumOr("NGO", "UNIT"), "nameContains", text()), "n", anyOf(2, value())), false);
            default -> new Request(mangled(), vars("t", text()), false);
        };
    }

    Request mutation() {
        return switch (random.nextInt(7)) {
            case 0 -> new Request("mutation($i: PlanInput!) { createPlan(input: $i) { id nameTh } }", vars("i", planInput(fuzzId())), true);
            case 1 -> new Request("mutation($id: ID!, $i: PlanInput!) { updatePlan(id: $id, input: $i) { id } }",
                    vars("id", fuzzId(), "i", planInput(null)), true);
            case 2 -> new Request("mutation($i: LinkInput!) { link(input: $i) { type } }", vars("i", vars(
                    "type", enumOr("PART_OF", "LINKS_TO", "UNDER", "TARGETS", "PARTNERS_WITH", "MEASURES"),
                    "from", fuzzId(), "to", fuzzId(), "role", anyOf(null, "PRIMARY", text()), "via", anyOf(null, fuzzId()),
                    "count", anyOf(null, -1, value()), "fiscalYear", yearOr(), "context", anyOf(null, text()),
                    "src", anyOf(List.of("003:51"), List.of(text()), value()))), true);
            case 3 -> new Request("mutation($i: BudgetInput!) { createBudget(input: $i) { id amount { baht } } }", vars("i", vars(
                    "id", fuzzId(), "amountBaht", anyOf(1000, -1, Long.MAX_VALUE, 100_000_000_000_001L, value()),
                    "fiscalYear", yearOr(), "source", enumOr("STATE"), "status", enumOr("REQUESTED"),
                    "note", anyOf(null, text()), "funds", fuzzId(), "src", anyOf(List.of("003:64"), value()))), true);
            case 4 -> new Request("mutation($id: ID!) { deletePlan(id: $id) { nodes } }", vars("id", fuzzId()), true);
            case 5 -> new Request("mutation($t: LinkType!, $a: ID!, $b: ID!) { unlink(type: $t, from: $a, to: $b) { relationships } }",
                    vars("t", enumOr("PART_OF", "LINKS_TO"), "a", fuzzId(), "b", fuzzId()), true);
            default -> new Request("mutation($i: PlanInput!) { createPlan(input: $i) { id } }",
                    vars("i", planInput(takenOrInvalidId())), true);
        };
    }

    Map<String, Object> planInput(String id) {
        Map<String, Object> input = new HashMap<>();
        if (id != null) {
            input.put("id", id);
        }
        input.put("nameTh", anyOf("แผนทดสอบ", text()));
        input.put("level", enumOr("PROGRAMME", "SUB_PROGRAMME", "NATIONAL_STRATEGY"));
        input.put("src", anyOf(List.of("003:51"), List.of("999:1"), List.of(text()), value()));
        if (random.nextBoolean()) {
            input.put("startFY", yearOr());
        }
        if (random.nextBoolean()) {
            input.put("aliases", anyOf(List.of(text()), value()));
        }
        if (random.nextInt(5) == 0) {
            input.put(text(), value());                                         // a field the input does not have
        }
        return input;
    }

    /** A valid document with random edits: characters dropped, repeated or inserted. */
    String mangled() {
        StringBuilder doc = new StringBuilder(List.of(
                "{ plan(id: \"MP-17\") { nameTh children { id } } }",
                "query($t: String!) { search(text: $t) { name } }",
                "mutation { createPlan(input: {id: \"TEST-FUZZ-1\", nameTh: \"x\", level: PROGRAMME, src: [\"003:51\"]}) { id } }",
                "{ provinces { id region { nameTh } } }").get(random.nextInt(4)));
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(doc.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (at < doc.length()) {
                        doc.deleteCharAt(at);
                    }
                }
                case 1 -> doc.insert(at, piece());
                default -> doc.insert(at, "{".repeat(random.nextInt(3) == 0 ? 5000 : 3));
            }
        }
        return doc.toString();
    }

    /** A body that no GraphQL client sends: not JSON, not UTF-8, JSON of the wrong shape, nested past reason. */
    byte[] rawBody() {
        return switch (random.nextInt(7)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> {
                // a valid request with bytes that are not UTF-8 inside its search text
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes("{\"query\":\"{ search(text: \\\"ตาก".getBytes(StandardCharsets.UTF_8));
                out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xC3, (byte) 0x28, (byte) 0xE0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
                out.writeBytes("\\\") { name } }\"}".getBytes(StandardCharsets.UTF_8));
                yield out.toByteArray();
            }
            case 2 -> "{\"query\": \"{ plan(id: \\\"MP-17\\\") { id } }\"".getBytes(StandardCharsets.UTF_8);   // cut short
            case 3 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 4 -> List.of("{\"query\": 5}", "{\"query\": null}", "{}", "null", "\"x\"", "{\"query\": \"{ plan(id: \\\"MP-17\\\") { id } }\", \"variables\": \"x\"}",
                    "{\"query\": \"query($t: String!) { search(text: $t) { name } }\", \"variables\": {\"t\": \"\\ud800\\udfff\\ud800\"}}")
                    .get(random.nextInt(7)).getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"query\": \"" + "{ a ".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
    }

    // --- the run --------------------------------------------------------------------------------------------------

    /** What a refused mutation must leave as it was: the fuzz entities with their links, and the graph's counts. */
    String fuzzScope() {
        return canonical(neo4j.query("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                OPTIONAL MATCH (f:Entity) WHERE f.id STARTS WITH 'TEST-FUZZ-'
                OPTIONAL MATCH (f)-[r]-(o)
                WITH nodes, relationships, f, r, o ORDER BY f.id, type(r), o.id
                RETURN nodes, relationships, collect([f.id, properties(f), type(r), o.id, properties(r)]) AS fuzz""")
                .fetch().one().orElseThrow());
    }

    /** A value as text with every map's keys in order, so that equal graphs give equal texts. */
    static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> ordered = new java.util.TreeMap<>();
            map.forEach((k, v) -> ordered.put(String.valueOf(k), canonical(v)));
            return ordered.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FuzzTests::canonical).toList().toString();
        }
        return String.valueOf(value);
    }

    @Test
    void noInputGetsA5xxAStackTraceOrChangesTheGraphWhenRefused(CapturedOutput output) {
        GraphFingerprint before = GraphFingerprint.of(neo4j);
        int logBefore = output.getOut().length();
        GraphQlHttp anonymous = new GraphQlHttp(port, null);
        GraphQlHttp editor = new GraphQlHttp(port, "editor-secret");
        List<String> failures = new ArrayList<>();
        Map<String, Integer> tally = new java.util.TreeMap<>();
        try {
            for (int n = 0; n < REQUESTS && failures.size() < 10; n++) {
                int kind = random.nextInt(10);
                Answer answer;
                String what;
                if (kind < 5) {
                    Request request = read();
                    what = request.document();
                    answer = (random.nextBoolean() ? anonymous : editor).post(request.document(), request.variables());
                }
                else if (kind < 9) {
                    Request request = mutation();
                    what = request.document() + " " + abbreviated(String.valueOf(request.variables()));
                    String scope = fuzzScope();
                    answer = editor.post(request.document(), request.variables());
                    if (!answer.ok() && !fuzzScope().equals(scope)) {
                        failures.add("refused, yet the graph changed: " + what + " → " + abbreviated(answer.body()));
                    }
                }
                else {
                    byte[] body = rawBody();
                    what = "raw body: " + abbreviated(new String(body, StandardCharsets.UTF_8));
                    answer = anonymous.post(body, random.nextInt(4) == 0 ? "text/plain" : "application/json");
                }
                tally.merge(answer.status() + " " + (answer.ok() ? "OK" : answer.classification()), 1, Integer::sum);
                String problem = problem(answer);
                if (problem != null) {
                    failures.add(problem + ": " + abbreviated(what) + " → " + abbreviated(answer.body()));
                }
            }
        }
        finally {
            TestEntities.remove(neo4j, money, "TEST-FUZZ-");
        }
        System.out.println("Fuzz answers (status, classification): " + tally);
        assertThat(failures).isEmpty();
        String log = output.getOut().substring(logBefore);
        assertThat(log.lines().filter(line -> line.startsWith("\tat ") || line.contains(" ERROR ")).limit(5).toList())
                .as("stack traces and errors in the log").isEmpty();
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    /** What is wrong with an answer, or null. */
    static String problem(Answer answer) {
        if (answer.status() >= 500) {
            return "HTTP " + answer.status();
        }
        if (answer.errors().stream().anyMatch(e -> "INTERNAL_ERROR".equals(e.path("extensions").path("classification").asText()))) {
            return "INTERNAL_ERROR";
        }
        for (String trace : List.of("\tat ", "Exception", "org.neo4j", "th.phakee.", "java.lang")) {
            if (answer.body().contains(trace)) {
                return "the answer holds \"" + trace.strip() + "\"";
            }
        }
        return null;
    }

    static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
    }
}
