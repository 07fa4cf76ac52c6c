package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import th.phakee.api.GraphQlHttp.Answer;

/**
 * Writes that would break reads for everyone, refused before anything is written (issue 12, item 2): citations of
 * documents or lines that do not exist, plan levels that cannot be part of or link to each other, negative counts,
 * ids that other tools cannot carry, text longer than the indexes take or the API reads back, impossible years.
 * Each refusal is a BAD_REQUEST that names the field, and the graph is left exactly as it was.
 */
@KeyedApiTest
class ValidationTests {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    th.phakee.money.MoneyModel money;

    GraphFingerprint before;

    @BeforeEach
    void fingerprint() {
        before = GraphFingerprint.of(neo4j);
    }

    @AfterEach
    void leavesTheGraphAsItFoundIt() {
        GraphFingerprint after = GraphFingerprint.of(neo4j);
        // what a failed test may have left, so that the next tests start from the dataset
        TestEntities.remove(neo4j, money, "TEST-");
        assertThat(after).isEqualTo(before);
    }

    GraphQlHttp editor() {
        return new GraphQlHttp(port, "editor-secret");
    }

    static final String CREATE_PLAN = "mutation($input: PlanInput!) { createPlan(input: $input) { id } }";
    static final String LINK = "mutation($input: LinkInput!) { link(input: $input) { type } }";

    static Map<String, Object> plan(String id, Object... more) {
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "nameTh", "แผนทดสอบ", "level", "SUB_PROGRAMME",
                "src", List.of("003:51")));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return Map.of("input", input);
    }

    static Map<String, Object> link(String type, String from, String to, Object... more) {
        Map<String, Object> input = new HashMap<>(Map.of("type", type, "from", from, "to", to, "src", List.of("003:51")));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return Map.of("input", input);
    }

    /** The request is refused with one BAD_REQUEST whose message holds each fragment, and nothing is written. */
    void assertRefused(String document, Map<String, Object> variables, String... fragments) {
        Answer answer = editor().post(document, variables);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errors()).as(answer.body().substring(0, Math.min(500, answer.body().length()))).hasSize(1);
        assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
        assertThat(answer.message()).contains(fragments).doesNotContain("Exception", "MATCH", "at th.");
        assertThat(answer.message().length()).as("a message of reasonable length").isLessThan(600);
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void aCitationOfADocumentOrLineThatDoesNotExistIsRefused() {
        // the case: a plan citing document 999 made every read of its sources fail
        assertRefused(CREATE_PLAN, plan("TEST-CITE", "src", List.of("999:1")), "field src", "999:1", "000, 001, 002, 003, 004");
        // document 003 has 839 lines
        assertRefused(CREATE_PLAN, plan("TEST-CITE", "src", List.of("003:51", "003:9999")), "field src", "003:9999", "839");
        assertRefused(LINK, link("LINKS_TO", "CODI-AP2567-P03", "MP-17", "src", List.of("999:1")), "field src", "999:1");
    }

    @Test
    void aCitationOfADocumentTheGraphHoldsNoSourceForIsRefused() {
        // a graph loaded from another bundle may lack a document the service has the text of: document 002 here
        neo4j.query("MATCH (s:Source {id: '002'}) SET s.id = 'TEST-002'").run();
        try {
            Answer answer = editor().post(CREATE_PLAN, plan("TEST-NOSOURCE", "src", List.of("002:5")));
            assertThat(answer.classification()).as(answer.body()).isEqualTo("BAD_REQUEST");
            assertThat(answer.message()).contains("field src", "002");
            assertThat(neo4j.query("MATCH (p:Plan {id: 'TEST-NOSOURCE'}) RETURN count(p)").fetchAs(Long.class).one()).contains(0L);
        }
        finally {
            neo4j.query("MATCH (s:Source {id: 'TEST-002'}) SET s.id = '002'").run();
        }
    }

    @Test
    void planLevelsThatCannotBePartOfOrLinkToEachOtherAreRefused() {
        // the national strategy (001:62) cannot be part of a sub-programme of CODI's action plan (003:51)
        assertRefused(LINK, link("PART_OF", "NS", "CODI-AP2567-P03-S1"), "NATIONAL_STRATEGY", "SUB_PROGRAMME", "NS");
        // nor a programme part of a sub-programme (of another programme)
        assertRefused(LINK, link("PART_OF", "CODI-AP2567-P01", "CODI-AP2567-P03-S1"), "PROGRAMME", "SUB_PROGRAMME");
        // a plan links to a plan of its own tier or a higher one: the national strategy does not serve a sub-programme
        assertRefused(LINK, link("LINKS_TO", "NS", "CODI-AP2567-P03-S1"), "NATIONAL_STRATEGY", "SUB_PROGRAMME");
        // a sub-programme that is part of a programme (003:51) and has projects under it cannot become a national strategy
        assertRefused("mutation { updatePlan(id: \"CODI-AP2567-P03-S1\", input: {level: NATIONAL_STRATEGY}) { id } }", Map.of(),
                "field level", "NATIONAL_STRATEGY", "CODI-AP2567-P03-S1");
    }

    @Test
    void allowedLevelsStillLink() {
        Answer created = editor().post(CREATE_PLAN, plan("TEST-SUB"));
        assertThat(created.ok()).as(created.body()).isTrue();
        Answer linked = editor().post(LINK, link("PART_OF", "TEST-SUB", "CODI-AP2567-P03"));
        assertThat(linked.ok()).as(linked.body()).isTrue();
        assertThat(editor().post("mutation { deletePlan(id: \"TEST-SUB\") { nodes } }", Map.of()).ok()).isTrue();
    }

    @Test
    void aNegativeCountIsRefused() {
        assertRefused(LINK, link("TARGETS", "PJ-000-2563-TH-63-1", "TH-63", "count", -1, "src", List.of("000:355")),
                "field count", "-1");
    }

    @Test
    void idsMayHoldOnlyLettersDigitsAndAFewMarks() {
        for (String id : List.of("TEST-A|B", "TEST-A\nB", "TEST-\"Q\"", "TEST-'Q'", "TEST A", "TEST-\u0000", "TEST-แผน",
                "-TEST", "TEST-" + "X".repeat(100))) {
            assertRefused(CREATE_PLAN, plan(id), "field id", "A–Z");
        }
    }

    @Test
    void textLongerThanTheIndexesOrTheApiTakeIsRefusedBeforeItIsWritten() {
        // the megabyte name, which the sort index could not take (INTERNAL_ERROR)
        assertRefused(CREATE_PLAN, plan("TEST-HUGE", "nameTh", "ก".repeat(1_000_000)), "field nameTh", "at most");
        // longer than the API reads back (phakee.read.max-text-length): it was written, then the answer refused
        assertRefused(CREATE_PLAN, plan("TEST-LONG", "nameTh", "ก".repeat(1500)), "field nameTh", "at most");
        // 900 accented letters: fewer than the API's 1000 characters, but their Thai sort key (9 kB) is more than a
        // range index takes (8 kB)
        assertRefused(CREATE_PLAN, plan("TEST-SORTKEY", "nameTh", "Ä".repeat(900)), "field nameTh");
        assertRefused("mutation($input: BudgetInput!) { createBudget(input: $input) { id } }", Map.of("input", Map.of(
                "id", "TEST-B-NOTE", "amountBaht", 1000, "fiscalYear", 2567, "source", "STATE", "status", "REQUESTED",
                "funds", "CODI-AP2567-P03", "note", "ก".repeat(1001), "src", List.of("003:518"))), "field note", "at most");
    }

    @Test
    void aYearOutsideTheDocumentsRangeIsRefusedBeforeItIsWritten() {
        // before: the plan was written, then its answer refused the year
        assertRefused(CREATE_PLAN, plan("TEST-YEAR", "startFY", 99999), "startFY", "2500", "2700");
        assertRefused(LINK, link("PARTNERS_WITH", "AG-CODI", "AG-MSDHS", "fiscalYear", 2024, "src", List.of("003:10")),
                "fiscalYear", "2500");
    }
}
