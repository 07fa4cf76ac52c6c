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
        // the fixture holds 11 nodes (Agency 1, Budget 1, Indicator 1, Observation 1, Plan 3, Province 2, Region 1,
        // Source 1) and 6 relationships (FUNDS 1, LINKS_TO 1, OF 1, PART_OF 3)
        assertThat(first.nodesCreated()).isEqualTo(11);
        assertThat(first.relationshipsCreated()).isEqualTo(6);

        ImportReport second = importer.importBundle(Bundle.directory(bundle));
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.nodesUnchanged()).isEqualTo(11);
        assertThat(second.relationshipsUnchanged()).isEqualTo(6);
        assertThat(second.summary()).startsWith("Nothing to do");
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
        assertRefused("PART_OF.csv:5: column from: no node with id \"TH-10\" in the bundle or the database");
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
