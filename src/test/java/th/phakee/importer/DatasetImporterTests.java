package th.phakee.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.neo4j.core.Neo4jClient;

import th.phakee.EmbeddedOnly;

/**
 * The importer on a database of its own: every class of bad input is refused with its file and line, and leaves
 * the database exactly as it was; a valid bundle loads once, and a second time changes nothing.
 */
@EmbeddedOnly
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "phakee.embedded.data-dir=target/neo4j-test/importer-${random.uuid}")
class DatasetImporterTests {

    @Autowired
    DatasetImporter importer;

    @Autowired
    DatasetExporter exporter;

    @Autowired
    Neo4jClient neo4j;

    @TempDir
    Path temp;

    Path bundle;

    @BeforeEach
    void startFromTheSmallBundle() {
        neo4j.query("MATCH (n) DETACH DELETE n").run();
        importer.importBundle(Bundle.directory(TestBundles.SMALL));
        bundle = TestBundles.copyOfSmall(temp);
    }

    @Test
    void firstImportCreatesEveryRowAndSecondChangesNothing() {
        neo4j.query("MATCH (n) DETACH DELETE n").run();
        ImportReport first = importer.importBundle(Bundle.directory(bundle));
        // the fixture holds 12 nodes (Agency 1, Budget 1, Indicator 1, Observation 1, Plan 3, Province 2, Region 1,
        // Source 2) and 6 relationships (FUNDS 1, LINKS_TO 1, OF 1, PART_OF 3)
        assertThat(first.nodesCreated()).isEqualTo(12);
        assertThat(first.relationshipsCreated()).isEqualTo(6);

        ImportReport second = importer.importBundle(Bundle.directory(bundle));
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.nodesUnchanged()).isEqualTo(12);
        assertThat(second.relationshipsUnchanged()).isEqualTo(6);
        assertThat(second.summary()).startsWith("Nothing to do");
    }

    @Test
    void aGraphAnEarlierVersionDerivedIsDerivedAgain() {
        // as version 1 left a graph: search texts without a separator around each name, no version stamp
        neo4j.query("MATCH (p:Province {id: 'TH-63'}) SET p.searchText = 'ตาก\u001ftak'").run();
        neo4j.query("MATCH (l:ModelLock) REMOVE l.version").run();
        assertThat(importer.derivedByThisVersion()).isFalse();
        assertThat(importer.deriveAgain()).isEqualTo(1);
        assertThat(importer.derivedByThisVersion()).isTrue();
        // Province.csv line 3: TH-63,ตาก,Tak
        assertThat(neo4j.query("MATCH (p:Province {id: 'TH-63'}) RETURN p.searchText").fetchAs(String.class).one())
                .contains("\u001fตาก\u001ftak\u001f");
    }

    @Test
    void aChangedNameUpdatesOneNode() {
        TestBundles.replaceLine(bundle, "Province.csv", 3, "TH-63,ตาก,Tak Province,,,,");
        ImportReport report = importer.importBundle(Bundle.directory(bundle));
        assertThat(report.nodesUpdated()).isEqualTo(1);
        assertThat(report.nodesCreated()).isZero();
        assertThat(neo4j.query("MATCH (p:Province {id: 'TH-63'}) RETURN p.nameEn").fetchAs(String.class).one())
                .contains("Tak Province");
    }

    @Test
    void aChangedRelationshipIsUpdatedNotAddedAgain() {
        // new relationships are created without MERGE (the importer has looked them up); a changed one must still
        // be the one relationship, updated
        TestBundles.replaceLine(bundle, "LINKS_TO.csv", 2, "CODI-AP2567,MP-17,SECONDARY,AG-CODI,true,003:139|003:146");
        ImportReport report = importer.importBundle(Bundle.directory(bundle));
        assertThat(report.relationshipsUpdated()).isEqualTo(1);
        assertThat(report.relationshipsCreated()).isZero();
        assertThat(neo4j.query("MATCH (:Plan {id: 'CODI-AP2567'})-[l:LINKS_TO]->(:Plan {id: 'MP-17'}) RETURN l.role AS role")
                .fetch().all()).extracting(row -> row.get("role")).containsExactly("SECONDARY");
    }

    @Test
    void valuesAreStoredWithTheirTypes() {
        Map<String, Object> budget = neo4j.query("MATCH (b:Budget {id: 'B-AP2567-TOTAL'}) RETURN properties(b) AS p")
                .fetch().one().map(r -> (Map<String, Object>) r.get("p")).orElseThrow();
        // 5,834.1047 million baht (003:64) as exact integer baht
        assertThat(budget.get("amountBaht")).isEqualTo(5_834_104_700L);
        assertThat(budget.get("src")).isEqualTo(java.util.List.of("003:64", "003:514"));
        Map<String, Object> observation = neo4j.query("MATCH (o:Observation) RETURN properties(o) AS p")
                .fetch().one().map(r -> (Map<String, Object>) r.get("p")).orElseThrow();
        assertThat(observation.get("valueExact")).isEqualTo("15503158822.23");
        assertThat(neo4j.query("MATCH (:Plan {id: 'CODI-AP2567'})-[l:LINKS_TO]->(:Plan {id: 'MP-17'}) RETURN l.via")
                .fetchAs(String.class).one()).contains("AG-CODI");
    }

    @Test
    void exportWritesBackTheBundleItRead() throws IOException {
        Path exported = temp.resolve("exported");
        exporter.export(exported);
        // the small bundle is written with the columns of before issue 14 (so every test also imports an older
        // bundle); the export writes every column of today's format, the added ones empty
        assertThat(withoutEmptyColumns(files(exported))).isEqualTo(withoutEmptyColumns(files(TestBundles.SMALL)));
        assertThat(files(exported).get("Observation.csv")).startsWith(
                "id,value,unit,kind,fiscalYear,quarter,asOf,note,cumulative,percent,percentOf,verdict,threshold,printedValue,printedUnit,src,");

        ImportReport again = importer.importBundle(Bundle.directory(exported));
        assertThat(again.changedNothing()).isTrue();
    }

    @Test
    void unknownFileIsRefused() {
        TestBundles.write(bundle.resolve("Projects.csv"), java.util.List.of("id,nameTh"));
        assertRefused("Projects.csv:1: unknown file");
    }

    @Test
    void missingManifestIsRefused() throws IOException {
        Files.delete(bundle.resolve("bundle.json"));
        assertRefused("bundle.json:1: missing");
    }

    @Test
    void unknownColumnIsRefused() {
        TestBundles.replaceLine(bundle, "Province.csv", 1, "id,nameTh,nameEn,aliases,src,updatedAt,updatedBy,population");
        TestBundles.replaceLine(bundle, "Province.csv", 2, "TH-50,เชียงใหม่,Chiang Mai,,,,,1780000");
        TestBundles.replaceLine(bundle, "Province.csv", 3, "TH-63,ตาก,Tak,,,,,660000");
        assertRefused("Province.csv:1: column population: unknown column");
    }

    @Test
    void missingRequiredColumnIsRefused() {
        TestBundles.write(bundle.resolve("Plan.csv"), java.util.List.of("id,nameTh,nameEn,code,startFY,endFY,aliases,src"));
        assertRefused("Plan.csv:1: column level: required column is missing");
    }

    @Test
    void missingIdIsRefused() {
        TestBundles.replaceLine(bundle, "Province.csv", 3, ",ตาก,Tak,,,,");
        assertRefused("Province.csv:3: column id: missing value");
    }

    @Test
    void duplicateIdIsRefusedEvenAcrossLabels() {
        TestBundles.appendLine(bundle, "Region.csv", "TH-63,ภาคตาก,Tak region,CODI5,,,,");
        assertRefused("Region.csv:3: column id: duplicate id \"TH-63\": already used at Province.csv:3");
    }

    @Test
    void relationshipToAMissingNodeIsRefused() {
        TestBundles.appendLine(bundle, "PART_OF.csv", "TH-10,CODI-R-BKK-EAST,000:455");
        assertRefused("PART_OF.csv:5: column from: no node with id \"TH-10\" in the bundle");
    }

    @Test
    void relationshipBetweenWrongLabelsIsRefused() {
        TestBundles.appendLine(bundle, "PART_OF.csv", "NS,TH-63,003:77");
        assertRefused("PART_OF.csv:5: PART_OF cannot join a Plan (NS) to a Province (TH-63)");
    }

    @Test
    void aBudgetsShareOfAPlaceCitesTheLineThatStatesIt() throws IOException {
        // an observation's FOR inherits its citation; a budget's FOR is a share the document states, so it cites
        Files.writeString(bundle.resolve("FOR.csv"), "from,to,src\nB-AP2567-TOTAL,TH-63,\n", java.nio.charset.StandardCharsets.UTF_8);
        assertRefused("FOR.csv:2: column src: missing value");
    }

    @Test
    void aBudgetIsForAPlaceOrAUnitNotForAPlan() throws IOException {
        Files.writeString(bundle.resolve("FOR.csv"), "from,to,src\nB-AP2567-TOTAL,NS,003:64\n", java.nio.charset.StandardCharsets.UTF_8);
        assertRefused("FOR.csv:2: FOR cannot join a Budget (B-AP2567-TOTAL) to a Plan (NS)");
    }

    @Test
    void malformedMoneyIsRefused() {
        TestBundles.replaceLine(bundle, "Budget.csv", 2,
                "B-AP2567-TOTAL,\"5,834.1047\",2567,STATE,REQUESTED,,,003:64,,");
        assertRefused("Budget.csv:2: column amountBaht: \"5,834.1047\" is not an amount of baht");
    }

    @Test
    void negativeMoneyIsRefused() {
        TestBundles.replaceLine(bundle, "Budget.csv", 2, "B-AP2567-TOTAL,-5834104700,2567,STATE,REQUESTED,,,003:64,,");
        assertRefused("Budget.csv:2: column amountBaht: negative money");
    }

    @Test
    void unknownEnumValueIsRefused() {
        TestBundles.replaceLine(bundle, "Budget.csv", 2, "B-AP2567-TOTAL,5834104700,2567,GOVERNMENT,REQUESTED,,,003:64,,");
        assertRefused("Budget.csv:2: column source: unknown value \"GOVERNMENT\"");
    }

    @Test
    void citationNotOfTheFormDocLineIsRefused() {
        TestBundles.replaceLine(bundle, "Plan.csv", 4, "NS,ยุทธศาสตร์ชาติ,National Strategy,NATIONAL_STRATEGY,,2561,2580,,p.77,,");
        assertRefused("Plan.csv:4: column src: citation \"p.77\" is not of the form doc:line");
    }

    @Test
    void documentFactWithoutCitationIsRefused() {
        TestBundles.replaceLine(bundle, "Plan.csv", 4, "NS,ยุทธศาสตร์ชาติ,National Strategy,NATIONAL_STRATEGY,,2561,2580,,,,");
        assertRefused("Plan.csv:4: column src: missing value");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        TestBundles.replaceLine(bundle, "Budget.csv", 2, "B-AP2567-TOTAL,-1,2567,STATE,PLANNED,,,003:64,,");
        TestBundles.appendLine(bundle, "PART_OF.csv", "TH-10,CODI-R-BKK-EAST,000:455");
        Map<String, Long> before = snapshot();
        assertThatThrownBy(() -> importer.importBundle(Bundle.directory(bundle)))
                .isInstanceOfSatisfying(InvalidBundleException.class, e -> assertThat(e.problems())
                        .extracting(BundleProblem::toString)
                        .anyMatch(p -> p.startsWith("Budget.csv:2: column amountBaht"))
                        .anyMatch(p -> p.startsWith("Budget.csv:2: column status"))
                        .anyMatch(p -> p.startsWith("PART_OF.csv:5: column from")));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRefusedBundleThatWouldAlsoAddValidRowsWritesNone() {
        TestBundles.appendLine(bundle, "Province.csv", "TH-10,กรุงเทพมหานคร,Bangkok,,,,");
        TestBundles.appendLine(bundle, "Budget.csv", "B-BAD,12.5,2567,STATE,REQUESTED,,,003:64,,");
        assertRefused("Budget.csv:3: column amountBaht");
        assertThat(neo4j.query("MATCH (p:Province {id: 'TH-10'}) RETURN count(p)").fetchAs(Long.class).one()).contains(0L);
    }

    // --- issue 12, item 1: no PART_OF cycle --------------------------------------------------------------------

    /** Two strategic issues of the action plan (003:48), which may be part of each other's level. */
    private void twoIssues() {
        TestBundles.appendLine(bundle, "Plan.csv", "ISSUE-1,ประเด็นที่ 1,,STRATEGIC_ISSUE,,,,,003:48,,");
        TestBundles.appendLine(bundle, "Plan.csv", "ISSUE-2,ประเด็นที่ 2,,STRATEGIC_ISSUE,,,,,003:48,,");
    }

    @Test
    void aPartOfCycleInTheBundleIsRefusedAtTheRowThatClosesIt() {
        twoIssues();
        TestBundles.appendLine(bundle, "PART_OF.csv", "ISSUE-1,ISSUE-2,003:48");
        TestBundles.appendLine(bundle, "PART_OF.csv", "ISSUE-2,ISSUE-1,003:48");
        assertRefused("PART_OF.csv:6: PART_OF cycle: ISSUE-1 → ISSUE-2 → ISSUE-1");
    }

    @Test
    void aPartOfRowFromAThingToItselfIsACycle() {
        TestBundles.appendLine(bundle, "PART_OF.csv", "NS,NS,003:77");
        assertRefused("PART_OF.csv:5: PART_OF cycle: NS → NS");
    }

    @Test
    void aCycleWithAPartOfTheGraphKeepsIsRefusedButSyncRemovesThatOne() {
        twoIssues();
        TestBundles.appendLine(bundle, "PART_OF.csv", "ISSUE-1,ISSUE-2,003:48");
        importer.importBundle(Bundle.directory(bundle));
        // the next bundle turns the link round; an import that keeps what the bundle lacks would close a cycle
        TestBundles.replaceLine(bundle, "PART_OF.csv", 5, "ISSUE-2,ISSUE-1,003:48");
        assertRefused("PART_OF.csv:5: PART_OF cycle: ISSUE-1 → ISSUE-2 → ISSUE-1, with (ISSUE-1)-[:PART_OF]->(ISSUE-2) of the database");
        ImportReport synced = importer.importBundle(Bundle.directory(bundle), ImportMode.SYNC);
        assertThat(synced.relationshipsRemoved()).containsExactly("(ISSUE-1)-[:PART_OF]->(ISSUE-2)");
        assertThat(synced.relationshipsCreated()).isEqualTo(1);
    }

    // --- issue 12, item 2: what keeps the graph readable ----------------------------------------------------------

    @Test
    void aCitationOfAnUnknownDocumentOrLineIsRefused() {
        TestBundles.replaceLine(bundle, "Plan.csv", 4, "NS,ยุทธศาสตร์ชาติ,National Strategy,NATIONAL_STRATEGY,,2561,2580,,999:77,,");
        assertRefused("Plan.csv:4: column src: citation \"999:77\": no source document 999");
        // document 003 has 839 lines
        TestBundles.replaceLine(bundle, "Plan.csv", 4, "NS,ยุทธศาสตร์ชาติ,National Strategy,NATIONAL_STRATEGY,,2561,2580,,003:840,,");
        assertRefused("Plan.csv:4: column src: citation \"003:840\": document 003 has 839 lines");
    }

    @Test
    void aCitedDocumentMustBeASourceOfTheBundle() {
        // 001:62 states the national strategy, but the bundle's Source.csv does not list document 001: its citations
        // would name a source the graph does not hold
        TestBundles.replaceLine(bundle, "Plan.csv", 4, "NS,ยุทธศาสตร์ชาติ,National Strategy,NATIONAL_STRATEGY,,2561,2580,,001:62,,");
        assertRefused("Plan.csv:4: column src: document 001 is not in Source.csv");
    }

    @Test
    void planLevelsThatCannotBePartOfEachOtherAreRefused() {
        // the national strategy cannot be part of CODI's action plan
        TestBundles.appendLine(bundle, "PART_OF.csv", "NS,CODI-AP2567,003:77");
        assertRefused("PART_OF.csv:5: PART_OF cannot join a plan of level NATIONAL_STRATEGY (NS) to one of level AGENCY_PLAN (CODI-AP2567)");
    }

    @Test
    void aNegativeCountIsRefused() throws IOException {
        Files.writeString(bundle.resolve("TARGETS.csv"), "from,to,count,unit,src\nCODI-AP2567,TH-63,-1,,003:9\n",
                java.nio.charset.StandardCharsets.UTF_8);
        assertRefused("TARGETS.csv:2: column count: -1 is less than 0");
    }

    @Test
    void anIdOfOtherCharactersIsRefused() {
        TestBundles.appendLine(bundle, "Plan.csv", "\"BAD|ID\",แผน,,PROGRAMME,,,,,003:51,,");
        assertRefused("Plan.csv:5: column id: \"BAD|ID\" is not an id");
    }

    @Test
    void textLongerThanTheIndexesTakeIsRefused() {
        TestBundles.appendLine(bundle, "Plan.csv", "LONG-NAME," + "ก".repeat(501) + ",,PROGRAMME,,,,,003:51,,");
        assertRefused("Plan.csv:5: column nameTh: 501 characters; at most 500");
    }

    @Test
    void aYearOutsideTheDocumentsRangeIsRefused() {
        TestBundles.replaceLine(bundle, "Plan.csv", 4, "NS,ยุทธศาสตร์ชาติ,National Strategy,NATIONAL_STRATEGY,,2018,2580,,003:77,,");
        assertRefused("Plan.csv:4: column startFY: 2018 is not a Buddhist Era year between 2500 and 2700");
    }

    // --- issue 12, item 4: an importer that says the truth -------------------------------------------------------

    @Test
    void syncMakesTheGraphEqualToTheBundleInOneTransactionAndSaysWhatItRemoved() throws IOException {
        // the issue's case: a bundle that renames an agency's id left the old agency beside the new one
        for (String file : List.of("Agency.csv", "LINKS_TO.csv")) {
            List<String> lines = TestBundles.read(bundle.resolve(file)).stream().map(l -> l.replace("AG-CODI", "AG-CODI-NEW")).toList();
            TestBundles.write(bundle.resolve(file), lines);
        }
        ImportReport report = importer.importBundle(Bundle.directory(bundle), ImportMode.SYNC);
        assertThat(report.nodesRemoved()).containsExactly("Agency AG-CODI");
        assertThat(report.relationshipsRemoved()).isEmpty();
        assertThat(report.nodesCreated()).isEqualTo(1);
        assertThat(report.summary()).contains("removed 1 node").contains("Agency AG-CODI");
        assertThat(neo4j.query("MATCH (a:Agency) RETURN a.id").fetchAs(String.class).all()).containsExactly("AG-CODI-NEW");
        // the graph is now the bundle: its export is the bundle, and a second sync changes nothing
        Path exported = temp.resolve("synced");
        exporter.export(exported);
        assertThat(withoutEmptyColumns(files(exported))).isEqualTo(withoutEmptyColumns(files(bundle)));
        assertThat(importer.importBundle(Bundle.directory(bundle), ImportMode.SYNC).summary()).startsWith("Nothing to do");
    }

    @Test
    void syncRemovesNothingWhenTheBundleIsRefused() {
        TestBundles.write(bundle.resolve("Agency.csv"), List.of("id,nameTh,nameEn,abbr,kind,aliases,src,updatedAt,updatedBy"));
        TestBundles.replaceLine(bundle, "Budget.csv", 2, "B-AP2567-TOTAL,-1,2567,STATE,REQUESTED,,,003:64,,");
        Map<String, Long> before = snapshot();
        assertThatThrownBy(() -> importer.importBundle(Bundle.directory(bundle), ImportMode.SYNC))
                .isInstanceOf(InvalidBundleException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aGraphThatHoldsMoreThanTheBundleIsReportedNotNothingToDo() {
        neo4j.query("CREATE (:Entity:Agency {id: 'AG-OTHER', nameTh: 'หน่วยงานอื่น', kind: 'NGO', src: ['003:5']})").run();
        neo4j.query("MATCH (a:Agency {id: 'AG-OTHER'}), (p:Plan {id: 'NS'}) CREATE (a)-[:OWNS {src: ['003:77']}]->(p)").run();
        ImportReport report = importer.importBundle(Bundle.directory(bundle));
        assertThat(report.changedNothing()).isTrue();
        assertThat(report.summary()).doesNotStartWith("Nothing to do")
                .contains("1 node and 1 relationship the bundle does not have")
                .contains("Agency AG-OTHER").contains("(AG-OTHER)-[:OWNS]->(NS)").contains("--sync");
        // a changed property is a difference too, and is written
        neo4j.query("MATCH (p:Plan {id: 'NS'}) SET p.nameEn = 'changed in the database'").run();
        assertThat(importer.importBundle(Bundle.directory(bundle)).nodesUpdated()).isEqualTo(1);
    }

    @Test
    void anEndOutsideTheBundleIsAnErrorUnlessTheImportAddsToTheGraph() throws IOException {
        Path part = Files.createDirectories(temp.resolve("part"));
        Files.copy(bundle.resolve("bundle.json"), part.resolve("bundle.json"));
        Files.writeString(part.resolve("Plan.csv"), "id,nameTh,level,src\nISSUE-9,ประเด็นที่ 9,STRATEGIC_ISSUE,003:48\n");
        Files.writeString(part.resolve("PART_OF.csv"), "from,to,src\nISSUE-9,CODI-AP2567,003:48\n");
        Map<String, Long> before = snapshot();
        assertThatThrownBy(() -> importer.importBundle(Bundle.directory(part)))
                .isInstanceOfSatisfying(InvalidBundleException.class, e -> assertThat(e.problems()).extracting(BundleProblem::toString)
                        .containsExactlyInAnyOrder(
                                "PART_OF.csv:2: column to: no node with id \"CODI-AP2567\" in the bundle (import --add to link to the database's nodes)",
                                "Plan.csv:2: column src: document 003 is not in Source.csv (import --add to cite the database's sources)",
                                "PART_OF.csv:2: column src: document 003 is not in Source.csv (import --add to cite the database's sources)"));
        assertThat(snapshot()).isEqualTo(before);
        ImportReport added = importer.importBundle(Bundle.directory(part), ImportMode.ADD);
        assertThat(added.nodesCreated()).isEqualTo(1);
        assertThat(added.relationshipsCreated()).isEqualTo(1);
        // adding is checked like the rest: a level the model does not allow is refused against the database's node
        Files.writeString(part.resolve("PART_OF.csv"), "from,to,src\nISSUE-9,NS,003:48\n");
        assertThatThrownBy(() -> importer.importBundle(Bundle.directory(part), ImportMode.ADD))
                .isInstanceOfSatisfying(InvalidBundleException.class, e -> assertThat(e.problems()).extracting(BundleProblem::toString)
                        .anyMatch(p -> p.startsWith("PART_OF.csv:2: PART_OF cannot join a plan of level STRATEGIC_ISSUE (ISSUE-9) to one of level NATIONAL_STRATEGY (NS)")));
    }

    @Test
    void csvErrorsAreReportedAtTheLineThatHasThem() throws IOException {
        // a quoted field that is never closed: reported where it starts
        TestBundles.appendLine(bundle, "Province.csv", "TH-10,\"กรุงเทพมหานคร,Bangkok,,,,");
        assertRefused("Province.csv:4: a quoted field starts on this line and is never closed");
        bundle = TestBundles.copyOfSmall(Files.createDirectories(temp.resolve("utf8")));
        // bytes that are not UTF-8 on line 3
        byte[] text = Files.readAllBytes(bundle.resolve("Province.csv"));
        String csv = new String(text, java.nio.charset.StandardCharsets.UTF_8).replace("TH-63,ตาก,Tak", "TH-63,ต\u0000ก,Tak");
        byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                bytes[i] = (byte) 0xFF;
            }
        }
        Files.write(bundle.resolve("Province.csv"), bytes);
        assertRefused("Province.csv:3: not UTF-8 text");
        // a row after a blank line: its own line, not the one after the previous row
        bundle = TestBundles.copyOfSmall(Files.createDirectories(temp.resolve("blank")));
        TestBundles.write(bundle.resolve("Province.csv"), List.of("id,nameTh,nameEn,aliases,src,updatedAt,updatedBy",
                "TH-50,เชียงใหม่,Chiang Mai,,,,", "", "TH-63,ตาก,Tak,,"));
        assertRefused("Province.csv:4: has 5 fields but the header has 7");
    }

    @Test
    void aHeaderAfterAByteOrderMarkIsRead() throws IOException {
        // spreadsheets save UTF-8 CSV with a byte-order mark (the dashboard's own downloads carry one)
        Files.writeString(bundle.resolve("Province.csv"), "\ufeff" + Files.readString(bundle.resolve("Province.csv")));
        assertThat(importer.importBundle(Bundle.directory(bundle)).summary()).startsWith("Nothing to do");
    }

    /** Asserts the import is refused with a problem starting with {@code expected}, and the graph is unchanged. */
    private void assertRefused(String expected) {
        Map<String, Long> before = snapshot();
        String exported = exportText();
        assertThatThrownBy(() -> importer.importBundle(Bundle.directory(bundle)))
                .isInstanceOfSatisfying(InvalidBundleException.class, e -> assertThat(e.problems())
                        .extracting(BundleProblem::toString)
                        .anyMatch(problem -> problem.startsWith(expected)));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(exportText()).isEqualTo(exported);
    }

    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("nodes", neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow());
        counts.put("relationships", neo4j.query("MATCH ()-[r]->() RETURN count(r)").fetchAs(Long.class).one().orElseThrow());
        return counts;
    }

    private String exportText() {
        try {
            Path dir = Files.createTempDirectory(temp, "snapshot");
            exporter.export(dir);
            return files(dir).toString();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each CSV file as its rows' non-empty cells by column name: the same data whatever columns are written. */
    private static Map<String, String> withoutEmptyColumns(Map<String, String> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((name, text) -> {
            if (!name.endsWith(".csv")) {
                out.put(name, text);
                return;
            }
            try {
                List<Map<String, String>> rows = new java.util.ArrayList<>();
                for (org.apache.commons.csv.CSVRecord row : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                        .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))) {
                    Map<String, String> cells = new TreeMap<>(row.toMap());
                    cells.values().removeIf(String::isEmpty);
                    rows.add(cells);
                }
                out.put(name, rows.toString());
            }
            catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return out;
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                contents.put(file.getFileName().toString(),
                        file.getFileName().toString().equals("bundle.json") ? text.replaceAll("\\s", "") : text);
            }
        }
        return contents;
    }
}
