package th.phakee.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.phakee.dataset.DatasetCitationTests.DATA;
import static th.phakee.dataset.DatasetCitationTests.rows;
import static th.phakee.dataset.DatasetCitationTests.squash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.phakee.extraction.DatasetExtraction;

/**
 * The district and tambon names of the {@code places.csv} tables under {@code data/curation/} resolve to the gazetteer's geocodes: one
 * {@code LOCATED_IN} per row, pinned against the source lines for a few, and a name that does not resolve stops the
 * extraction at its row.
 */
class PlaceResolutionTests {

    static final Path CURATION = DATA.resolve("curation");
    static final Map<String, Map<String, String>> PLACES = new HashMap<>();
    /** District → province, tambon → district. */
    static final Map<String, String> PARENT = new HashMap<>();
    static final List<CSVRecord> LOCATED_IN = new ArrayList<>();
    /** A budget's FOR: the share a document states for a place (from a places.csv row whose entity is a Budget). */
    static final List<CSVRecord> SHARES = new ArrayList<>();
    static final Set<String> BUDGETS = new HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        for (String file : List.of("Province.csv", "District.csv", "Tambon.csv")) {
            for (CSVRecord row : rows(DATA.resolve(file))) {
                PLACES.put(row.get("id"), row.toMap());
            }
        }
        for (CSVRecord row : rows(DATA.resolve("PART_OF.csv"))) {
            if (PLACES.containsKey(row.get("from"))) {
                PARENT.put(row.get("from"), row.get("to"));
            }
        }
        LOCATED_IN.addAll(rows(DATA.resolve("LOCATED_IN.csv")));
        rows(DATA.resolve("Budget.csv")).forEach(row -> BUDGETS.add(row.get("id")));
        rows(DATA.resolve("FOR.csv")).stream().filter(row -> BUDGETS.contains(row.get("from"))).forEach(SHARES::add);
    }

    @Test
    void resolutionsAgreeWithTheSourceLines() throws IOException {
        // 000:380 "ณ ตำบลหนองแจ้งใหญ่ อำเภอบัวใหญ่ จังหวัดนครราชสีมา"
        assertLocated("PJ-000-2563-TH-30-1", "301224", "หนองแจ้งใหญ่", "3012", "000:380", "ตำบลหนองแจ้งใหญ่อำเภอบัวใหญ่");
        // 001:418 "ตำบลไชยมนตรี อำเภอเมือง จังหวัดนครศรีธรรมราช": เมือง is the capital district
        assertLocated("COM-001-01", "800113", "ไชยมนตรี", "8001", "001:418", "ตำบลไชยมนตรีอำเภอเมืองจังหวัดนครศรีธรรมราช");
        // 001:698 "ตำบลจอบาะ อำเภอช้างอ จังหวัดนราธิวาส": OCR for จอเบาะ, ยี่งอ
        assertLocated("COM-001-22", "960403", "จอเบาะ", "9604", "001:698", "ตำบลจอบาะอำเภอช้างอ");
        assertThat(PLACES.get("960403").get("aliases")).isEqualTo("จอบาะ");
        assertThat(PLACES.get("9604").get("aliases")).isEqualTo("ช้างอ");
        // 001:697 "เขตภาษี กทม.": a district, no khwaeng
        assertLocated("COM-001-14", "1022", "ภาษีเจริญ", "TH-10", "001:697", "เขตภาษีกทม");
        // 001:461 "นายอำเภออุบลรัตน์": the district only
        assertLocated("CNL-TH-40-ubolratana-dam-22", "4008", "อุบลรัตน์", "TH-40", "001:461", "นายอำเภออุบลรัตน์");
        // 004 prints the Saraphi centre's tambon three ways, none of them the gazetteer's
        assertLocated("CDD-2565-P07-A1-2.4", "501905", "ขัวมุง", "5019", "004:3853", "ตำบลขั้วมุงอำเภอสารภี");
        assertThat(PLACES.get("501905").get("aliases")).isEqualTo("ข้าวเมง|ขั้วมุง|ข่วง");
        // 004:3863: the same centre's share of the activity's money, "ตำบลขั้วมุง อำเภอสารภี ... งบประมาณ 358,500 บาท", is FOR it
        assertThat(SHARES).filteredOn(r -> r.get("from").equals("B-CDD-2565-P07-A1-2.4-2565-TH-50"))
                .singleElement().satisfies(r -> assertThat(r.get("to")).isEqualTo("501905"))
                .satisfies(r -> assertThat(r.get("src")).isEqualTo("004:3863"));
        assertThat(squash(sourceLine("004:3863"))).contains("ตำบลขั้วมุงอำเภอสารภี").contains("358,500");
    }

    private static void assertLocated(String entity, String place, String name, String parent, String citation,
            String printed) throws IOException {
        assertThat(PLACES.get(place).get("nameTh")).isEqualTo(name);
        assertThat(PARENT.get(place)).isEqualTo(parent);
        assertThat(LOCATED_IN).filteredOn(r -> r.get("from").equals(entity) && r.get("to").equals(place))
                .singleElement().satisfies(r -> assertThat(r.get("src").split("\\|")).contains(citation));
        assertThat(squash(sourceLine(citation))).contains(printed);
    }

    @Test
    void everyPlacesRowIsOneLocatedInAndEveryLocatedInBelowTheProvinceIsARow() throws IOException {
        Set<CSVRecord> matched = new HashSet<>();
        Set<CSVRecord> matchedShares = new HashSet<>();
        int rowsRead = 0;
        for (Path table : placesTables()) {
            for (CSVRecord row : rows(table)) {
                rowsRead++;
                // a row whose entity is a budget is that budget's share of the place: a FOR, not a LOCATED_IN
                boolean share = BUDGETS.contains(row.get("entity"));
                boolean tambon = !row.get("tambon").isBlank();
                String district = or(row.get("districtAsResolved"), row.get("district"));
                String name = tambon ? or(row.get("tambonAsResolved"), row.get("tambon"))
                        : district.equals("เมือง") ? "เมือง" + PLACES.get(row.get("province")).get("nameTh") : district;
                List<CSVRecord> located = (share ? SHARES : LOCATED_IN).stream()
                        .filter(r -> r.get("from").equals(row.get("entity")))
                        .filter(r -> r.get("to").length() == (tambon ? 6 : 4) && isIn(r.get("to"), row.get("province")))
                        .filter(r -> PLACES.get(r.get("to")).get("nameTh").equals(name))
                        .toList();
                assertThat(located).as(table + " row " + row.getRecordNumber()).hasSize(1);
                assertThat(located.get(0).get("src").split("\\|")).as(table + " row " + row.getRecordNumber())
                        .contains(row.get("src").split("\\|"));
                (share ? matchedShares : matched).add(located.get(0));
            }
        }
        // 000-linkage 11, 001 31, 004 5, the 3 Saraphi centres' shares (004/stated-allocations) and the Khon Kaen
        // homeless centre of 000:535 (000-results/facts)
        assertThat(rowsRead).isEqualTo(11 + 31 + 5 + 3 + 1);
        assertThat(LOCATED_IN).filteredOn(r -> !r.get("to").startsWith("TH-") && PLACES.containsKey(r.get("to")))
                .containsExactlyInAnyOrderElementsOf(matched);
        assertThat(SHARES).filteredOn(r -> !r.get("to").startsWith("TH-") && PLACES.containsKey(r.get("to")))
                .containsExactlyInAnyOrderElementsOf(matchedShares).hasSize(3);
    }

    @Test
    void aNameTheGazetteerDoesNotHaveStopsTheExtractionAtItsRow(@TempDir Path dir) throws IOException {
        // 000:404 prints ตำบลกะว๊ะ; อำเภอรามัน's tambon is จะกว๊ะ, and the row does not say so
        Path curation = curationWith(dir, "PJ-000-2563-TH-95-1,TH-95,รามัน,กะว๊ะ,,,000:404,");
        assertThatThrownBy(() -> new DatasetExtraction(Path.of("sources"), curation).extractInto(dir.resolve("out")))
                .hasMessageContaining(curation.resolve("test/places.csv") + ":2: ")
                .hasMessageContaining("tambon \"กะว๊ะ\" is no tambon of 9506 รามัน")
                .hasMessageContaining("tambonAsResolved");
    }

    @Test
    void aTambonNamedTwiceInTheProvinceNeedsItsDistrict(@TempDir Path dir) throws IOException {
        // 000:468 prints ตำบลคลองใหญ่ without its district; ตราด has two
        Path curation = curationWith(dir, "PJ-000-2563-TH-23-1,TH-23,,คลองใหญ่,,,000:468,district not printed");
        assertThatThrownBy(() -> new DatasetExtraction(Path.of("sources"), curation).extractInto(dir.resolve("out")))
                .hasMessageContaining(curation.resolve("test/places.csv") + ":2: ")
                .hasMessageContaining("tambon \"คลองใหญ่\" names 2 tambons of TH-23 ตราด in the gazetteer (230201, 230507)")
                .hasMessageContaining("districtAsResolved");
    }

    @Test
    void aNameTheCitedLineDoesNotPrintIsRefused(@TempDir Path dir) throws IOException {
        Path curation = curationWith(dir, "PJ-000-2563-TH-95-1,TH-95,รามัน,จะกว๊ะ,,,000:404,");
        assertThatThrownBy(() -> new DatasetExtraction(Path.of("sources"), curation).extractInto(dir.resolve("out")))
                .hasMessageContaining(":2: 000:404 does not print the tambon \"จะกว๊ะ\"");
    }

    /** The reference tables, the project the row locates, and a places.csv of that one row. */
    private static Path curationWith(Path dir, String row) throws IOException {
        Path curation = dir.resolve("curation");
        try (Stream<Path> files = Files.walk(CURATION.resolve("reference"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".csv")).toList()) {
                Path copy = curation.resolve(CURATION.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path test = Files.createDirectories(curation.resolve("test"));
        String project = row.substring(0, row.indexOf(','));
        Files.writeString(test.resolve("Project.csv"), "id,nameTh,kind,src\n" + project + ",โครงการ,PROJECT,000:404\n");
        Files.writeString(test.resolve("places.csv"),
                "entity,province,district,tambon,districtAsResolved,tambonAsResolved,src,reason\n" + row + "\n");
        return curation;
    }

    private static List<Path> placesTables() throws IOException {
        try (Stream<Path> files = Files.walk(CURATION)) {
            return files.filter(f -> f.getFileName().toString().equals("places.csv")).sorted().toList();
        }
    }

    private static boolean isIn(String place, String province) {
        for (String p = place; p != null; p = PARENT.get(p)) {
            if (p.equals(province)) {
                return true;
            }
        }
        return false;
    }

    private static String or(String resolved, String printed) {
        return resolved.isBlank() ? printed : resolved;
    }

    private static String sourceLine(String citation) throws IOException {
        String[] parts = citation.split(":");
        try (Stream<Path> files = Files.list(Path.of("sources"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(parts[0] + "_")).findFirst().orElseThrow();
            return Files.readAllLines(file).get(Integer.parseInt(parts[1]) - 1);
        }
    }
}
