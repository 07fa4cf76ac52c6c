package th.phakee.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, data side: the figures, shares, verdicts, places, dates and indicator structure the five documents state
 * are values of data/, not note text. Each sample is copied from the line cited beside it; the general checks hold for
 * every row.
 */
class StatedFactsTests {

    static final Map<String, Map<String, String>> nodes = new HashMap<>();
    static final Map<String, List<Map<String, String>>> relationships = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (Path file : DatasetCitationTests.dataFiles()) {
            String name = file.getFileName().toString();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord row : DatasetCitationTests.rows(file)) {
                rows.add(row.toMap());
            }
            if (DatasetCitationTests.FILE_OF_NODES.matcher(name).matches()) {
                rows.forEach(row -> nodes.put(row.get("id"), row));
            }
            else {
                relationships.put(name.replace(".csv", ""), rows);
            }
        }
    }

    static Map<String, String> node(String id) {
        assertThat(nodes).as(id).containsKey(id);
        return nodes.get(id);
    }

    static Set<String> targets(String type, String from) {
        Set<String> out = new TreeSet<>();
        relationships.getOrDefault(type, List.of()).stream().filter(r -> r.get("from").equals(from)).forEach(r -> out.add(r.get("to")));
        return out;
    }

    static Set<String> sources(String type, String to) {
        Set<String> out = new TreeSet<>();
        relationships.getOrDefault(type, List.of()).stream().filter(r -> r.get("to").equals(to)).forEach(r -> out.add(r.get("from")));
        return out;
    }

    static void share(String observation, String percent, String of, String base) {
        Map<String, String> row = node(observation);
        assertThat(new BigDecimal(row.get("percent"))).as(observation).isEqualByComparingTo(percent);
        assertThat(row.get("percentOf")).as(observation).isEqualTo(of);
        if (base != null) {
            assertThat(targets("SHARE_OF", observation)).as(observation).containsExactly(base);
        }
    }

    // --- 1. every stated figure is a value ---

    @Test
    void sharesAreNumbersOfTheirWhole() {
        // 001:23: "ภาคตะวันออกเฉียงเหนือ ... 58,078 องค์กร คิดเป็นร้อยละ 37.40" of the 155,279 registered organisations
        share("OBS-001-community-orgs-NE-2562", "37.40", "WHOLE", "OBS-001-community-orgs-TH-2562");
        assertThat(node("OBS-001-community-orgs-TH-2562").get("value")).isEqualTo("155279");
        // 001:156: "5,684 | 2,410 (42.40%) | 3,274 (57.60%)": reviewed and not reviewed of the councils whose term ended
        share("OBS-001-councils-term-reviewed-TH-2562-q4", "42.40", "WHOLE", "OBS-001-councils-term-ended-TH-2562-q4");
        share("OBS-001-councils-term-not-reviewed-TH-2562-q4", "57.60", "WHOLE", "OBS-001-councils-term-ended-TH-2562-q4");
        assertThat(node("OBS-001-councils-term-ended-TH-2562-q4").get("value")).isEqualTo("5684");
        // 001:19: 7,666 councils "คิดเป็นร้อยละ 97.97 ของจำนวนตำบล/เทศบาล/เขตทั่วประเทศ (7,825 แห่ง)"
        share("OBS-001-councils-TH-2562", "97.97", "WHOLE", "OBS-001-tambon-units-TH-2562");
        // 000:645: members' money 10,252,431,957.74 is ร้อยละ 66.13 of the 15,503,158,822.23 (001:272 rounds it to 66)
        share("OBS-001-welfare-money-members-TH-2562-q4", "66.13", "WHOLE", "OBS-001-welfare-fund-money-TH-2562-q4");
        // 000:838 (balance sheet): net long-term loans 4,513.2 are 54.0 % of total assets 8,362.2
        share("OBS-000-fin-total-loans-net-RESULT-2562", "54.0", "WHOLE", "OBS-000-fin-total-assets-RESULT-2562");
    }

    @Test
    void achievementIsAPercentageOfTheTargetItIsComputedOn() {
        // 000:25: 518 ตำบล "101.57%" of the 510 target
        share("OBS-000-1.1-RESULT-2562", "101.57", "TARGET", "OBS-000-1.1-TARGET-2562");
        // 000:105: Q2 865 คน, ร้อยละ 133.69 of the carried-over target (เป้าคงเหลือ 647)
        share("OBS-000-4.1-RESULT-Q2", "133.69", "TARGET", "OBS-000-4.1-TARGET-Q2ADJ");
        assertThat(node("OBS-000-4.1-TARGET-Q2ADJ").get("value")).isEqualTo("647");
        // 000:217: disbursed 1,512.5959 ล้านบาท "ร้อยละ 92.83" of the 1,629.5016 ล้านบาท plan
        share("OBS-000-8.2-amount-RESULT-2562", "92.83", "TARGET", "OBS-000-8.2-amount-TARGET-2562");
        // 004:6643: OTOP income +6 % over the base year 2563 (258,307.1703 ล้านบาท)
        share("OBS-004-otop-income", "6", "CHANGE", "OBS-004-otop-income-base-2563");
        assertThat(node("OBS-004-otop-income-base-2563").get("value")).isEqualTo("258307170300");
    }

    @Test
    void verdictsAndPassMarksAreProperties() {
        // 000:25-29: 1.1 passed, pass mark 510 ตำบล ("ไม่ผ่าน <510, ผ่าน 510")
        assertThat(node("OBS-000-1.1-RESULT-2562")).containsEntry("verdict", "PASSED").containsEntry("threshold", "510");
        // 000:110: 4.2 (1) 490 ตำบล, printed in the ไม่ผ่าน column against 534
        assertThat(node("OBS-000-4.2-1-RESULT-2562")).containsEntry("verdict", "NOT_PASSED").containsEntry("threshold", "534");
        // 000:217-220: disbursement 92.83 against 96, not passed
        assertThat(node("OBS-000-8.2-RESULT-2562")).containsEntry("verdict", "NOT_PASSED").containsEntry("threshold", "96");
        // 004:1464, 6796: ITA "ไม่น้อยกว่าร้อยละ 86"
        assertThat(node("OBS-004-p12-ita")).containsEntry("threshold", "86");
        // every verdict has its pass mark
        nodes.values().stream().filter(r -> r.containsKey("verdict") && !r.get("verdict").isBlank())
                .forEach(r -> assertThat(r.get("threshold")).as(r.get("id")).isNotBlank());
    }

    @Test
    void countsPrintedBesideAFigureAreObservationsOfTheSamePeriodAndPlace() {
        // 000:495-497 (and 000:64): "5,588 ครัวเรือน 67 ชุมชน ใน 26 จังหวัด"
        Map<String, String> households = node("OBS-000-2.1-RESULT-2562");
        assertThat(households.get("value")).isEqualTo("5588");
        for (String[] beside : new String[][] { { "OBS-000-2.1-communities-RESULT-2562", "67", "ชุมชน" },
                { "OBS-000-2.1-provinces-RESULT-2562", "26", "จังหวัด" } }) {
            Map<String, String> row = node(beside[0]);
            assertThat(row).containsEntry("value", beside[1]).containsEntry("unit", beside[2])
                    .containsEntry("fiscalYear", households.get("fiscalYear")).containsEntry("quarter", households.get("quarter"));
            assertThat(targets("FOR", beside[0])).isEqualTo(targets("FOR", "OBS-000-2.1-RESULT-2562"));
        }
        // 004:2327: "76 แห่ง ๆ ละ 25 คน" beside the 1,900 leaders of O2 activity 1
        assertThat(node("OBS-004-o2-a1-leaders-sites")).containsEntry("value", "76").containsEntry("unit", "แห่ง");
        assertThat(node("OBS-004-o2-a1-leaders")).containsEntry("value", "1900");
        // 004:2871: "878 อำเภอ ๆ ละ 10 คน" beside the 8,780 committee members
        assertThat(node("OBS-004-p05-1.1-committee-districts")).containsEntry("value", "878").containsEntry("unit", "อำเภอ");
    }

    @Test
    void figuresOfANamedActorAreForThatActor() {
        // 000:179: มรภ.นครสวรรค์ trained 45 องค์กร; 000:180: ม.ราชพฤกษ์ 23 กองทุน
        assertThat(sources("FOR", "AG-UNI-NSRU")).containsExactly("OBS-000-6-org-RESULT-2562-CENTRAL-WEST-NSRU");
        assertThat(node("OBS-000-6-org-RESULT-2562-CENTRAL-WEST-NSRU").get("value")).isEqualTo("45");
        assertThat(node("OBS-000-6-org-RESULT-2562-BKK-EAST-RPU")).containsEntry("value", "23").containsEntry("printedUnit", "กองทุน");
        // 000:174-180: KPI 6's result covers the six universities listed
        assertThat(targets("COVERS", "OBS-000-6-RESULT-2562")).containsExactlyInAnyOrder("AG-UNI-MAEJO", "AG-UNI-MSU",
                "AG-UNI-SRU", "AG-UNI-KRU", "AG-UNI-NSRU", "AG-UNI-RPU");
    }

    @Test
    void everyPercentageInTheTablesIsANumber() {
        Pattern printedPercentage = Pattern.compile("ร้อยละ ?[0-9]|[0-9] ?%");
        // notes that quote a percentage only to say why it is not this figure's (each checked by hand)
        Set<String> quoted = Set.of("OBS-000-1.3-RESULT-2562-ALT", "OBS-001-welfare-deceased-TH-2562-q4",
                "OBS-002-councils-quality-reviewed-2565", "OBS-002-housing-value-study-increase-2565");
        List<String> inText = new ArrayList<>();
        for (Map<String, String> row : nodes.values()) {
            if (!row.containsKey("percent")) {
                continue;
            }
            if (!row.get("percent").isBlank()) {
                assertThat(new BigDecimal(row.get("percent"))).as(row.get("id")).isNotNull();
                assertThat(row.get("percentOf")).as(row.get("id")).isIn("TARGET", "WHOLE", "CHANGE");
            }
            else {
                assertThat(row.get("percentOf")).as(row.get("id")).isBlank();
            }
            boolean isPercentage = row.get("unit").startsWith("ร้อยละ") || row.get("unit").equals("%") || !row.get("percent").isBlank();
            if (printedPercentage.matcher(row.get("note")).find() && !isPercentage && !quoted.contains(row.get("id"))) {
                inText.add(row.get("id") + ": " + row.get("note"));
            }
        }
        assertThat(inText).isEmpty();
        // a SHARE_OF starts at an observation with a percentage
        relationships.get("SHARE_OF").forEach(r -> assertThat(node(r.get("from")).get("percent")).as(r.get("from")).isNotBlank());
    }

    @Test
    void everyObservationIsInItsIndicatorsUnit() {
        Map<String, String> indicatorOf = new HashMap<>();
        relationships.get("OF").forEach(r -> indicatorOf.put(r.get("from"), r.get("to")));
        List<String> wrong = new ArrayList<>();
        nodes.values().stream().filter(r -> r.containsKey("percentOf")).forEach(observation -> {
            String indicator = indicatorOf.get(observation.get("id"));
            if (indicator == null || !node(indicator).get("unit").equals(observation.get("unit"))) {
                wrong.add(observation.get("id") + " " + observation.get("unit") + " of " + indicator);
            }
        });
        assertThat(wrong).isEmpty();
        // 002:105: "19,062.27 ล้านบาท" in baht, as 001:272's 15,503,158,822.23 of the same series
        assertThat(node("OBS-002-welfare-fund-money-2565")).containsEntry("value", "19062270000").containsEntry("unit", "THB")
                .containsEntry("printedValue", "19062.27").containsEntry("printedUnit", "ล้านบาท");
        assertThat(indicatorOf.get("OBS-002-welfare-fund-money-2565")).isEqualTo(indicatorOf.get("OBS-001-welfare-fund-money-TH-2562-q4"));
    }

    // --- 2. everything placeable is placed ---

    @Test
    void everyCommunityCouncilAndLearningSiteIsLocated() {
        Set<String> located = new HashSet<>();
        relationships.get("LOCATED_IN").forEach(r -> located.add(r.get("from")));
        List<String> unplaced = nodes.values().stream()
                .filter(r -> r.get("id").startsWith("COM-") || r.get("id").startsWith("CNL-"))
                .map(r -> r.get("id")).filter(id -> !located.contains(id)).toList();
        assertThat(unplaced).isEmpty();
        // 001:418-424: the four new learning sites, each in its tambon; 001:418 ตำบลไชยมนตรี อำเภอเมือง นครศรีธรรมราช
        assertThat(nodes.values().stream().filter(r -> "LEARNING_SITE".equals(r.get("kind"))).count()).isEqualTo(4);
        assertThat(targets("LOCATED_IN", "COM-001-01")).contains("TH-80").anyMatch(place -> place.length() == 6);
        // 000:535: the Khon Kaen homeless centre, ต.เมืองเก่า อ.เมือง จ.ขอนแก่น (400106)
        assertThat(targets("LOCATED_IN", "COM-000-homeless-centre-TH-40")).containsExactlyInAnyOrder("TH-40", "400106");
    }

    @Test
    void resultsForNamedProvincesAndDistrictsArePlaced() {
        // 000:330-335: the six provinces linked in 2561 and supported in 2562
        assertThat(targets("COVERS", "OBS-000-1.2-linked2562-RESULT-2562"))
                .containsExactlyInAnyOrder("TH-66", "TH-58", "TH-62", "TH-38", "TH-84", "TH-76");
        assertThat(targets("COVERS", "OBS-000-1.2-strategy2563-RESULT-2562")).hasSize(33);
        assertThat(targets("COVERS", "OBS-000-1.2-agency2563-RESULT-2562"))
                .containsExactlyInAnyOrder("TH-47", "TH-30", "TH-49", "TH-23", "TH-13");
        // 000:521: "เขตดอนเมือง 14 ชุมชน 2,695 ครัวเรือน ... ปทุมธานี 6 หมู่บ้าน 770 ครัวเรือน"
        assertThat(sources("FOR", "1036")).contains("OBS-000-prem-canal-households-1036-2564");
        assertThat(node("OBS-000-prem-canal-households-1036-2564").get("value")).isEqualTo("2695");
        assertThat(node("OBS-000-prem-canal-communities-1036-2564").get("value")).isEqualTo("14");
        assertThat(node("OBS-000-prem-canal-households-TH-13-2564").get("value")).isEqualTo("770");
    }

    // --- 3. dates and status ---

    @Test
    void plansCarryTheirDatesAndMarks() {
        // 003:13: "(คณะกรรมการสถาบันฯ เห็นชอบเมื่อวันที่ 18 สิงหาคม 2566)"
        assertThat(node("CODI-AP2567")).containsEntry("approvedOn", "2023-08-18").containsEntry("approvedBy", "AG-CODI-BOARD");
        // 003:244: "(กรม.เห็นชอบเมื่อวันที่ 12 ก.ย. 2560)"; 003:245: "(เสนอ กรม. เมื่อวันที่ 9 เม.ย. 2562)"
        assertThat(node("L3-HOUSING-2560-2579")).containsEntry("approvedOn", "2017-09-12").containsEntry("approvedBy", "AG-CABINET");
        assertThat(node("L3-PREM-CANAL-2562-2570")).containsEntry("submittedOn", "2019-04-09").containsEntry("approvedOn", "");
        // 001:626: the master plans "ประกาศในราชกิจจานุเบกษา ... เมื่อวันที่ 18 เมษายน 2562"
        assertThat(node("MP-17").get("publishedOn")).isEqualTo("2019-04-18");
        // 003:529: "แผนงานที่ 5.2 เป็น แผนงานใหม่"; 003:537: "แผนงานที่ 7.2-7.4 เป็นการปรับปรุง/ เพิ่มเติม"
        assertThat(node("CODI-AP2567-P05-S2").get("change")).isEqualTo("NEW");
        assertThat(node("CODI-AP2567-P07-S4").get("change")).isEqualTo("REVISED");
        assertThat(node("CODI-AP2567-P07-S1").get("change")).isBlank();
        // every approver is an agency of the dataset
        nodes.values().stream().filter(r -> r.containsKey("approvedBy") && !r.get("approvedBy").isBlank())
                .forEach(r -> assertThat(node(r.get("approvedBy"))).containsKey("abbr"));
    }

    @Test
    void theQuarterlySpendingPlanAndTheLinkageProjectsYearAreData() {
        // 004:1514-1517: CDD's plan 31.94 / 25.85 / 26.68 / 15.53 (cumulative 31.94 / 57.79 / 84.47 / 100.00)
        String[] quarters = { "31.94", "25.85", "26.68", "15.53" };
        String[] cumulative = { "31.94", "57.79", "84.47", "100.00" };
        for (int q = 1; q <= 4; q++) {
            assertThat(node("OBS-004-spending-cdd-plan-Q" + q)).containsEntry("value", quarters[q - 1]).containsEntry("quarter", "" + q);
            assertThat(node("OBS-004-spending-cdd-plan-Q" + q + "-cumulative")).containsEntry("value", cumulative[q - 1])
                    .containsEntry("cumulative", "true");
        }
        // 000:337: the table of the provinces linked "ในปี 2563"
        assertThat(node("PJ-000-2563-TH-71-1").get("fiscalYear")).isEqualTo("2563");
        // 000:393: ภูเก็ต's project of 25 Aug 2562 keeps its own year
        assertThat(node("PJ-000-2563-TH-83-1").get("fiscalYear")).isEqualTo("2562");
    }

    // --- 4. indicators a person can find ---

    @Test
    void indicatorsAreNamedInFullAndGroupedIntoTheirWhole() {
        // 001:228 prints the grade as the bare header "ระดับ A"; 001:291 "งบอนุมัติ"
        Map<String, String> gradeA = node("IND-001-council-grade-a");
        assertThat(gradeA.get("nameTh")).contains("สภาองค์กรชุมชนตำบล").contains("ระดับ A");
        assertThat(gradeA.get("aliases").split("\\|")).contains("ระดับ A");
        assertThat(node("IND-001-welfare-cofunding-approved").get("aliases").split("\\|")).contains("งบอนุมัติ");
        assertThat(targets("PART_OF", "IND-001-council-grade-a")).containsExactly("IND-001-councils-quality-reviewed");
        // 001:89-101: the twelve duties of section 21 under one parent
        assertThat(sources("PART_OF", "IND-001-s21-duties")).hasSize(12).allMatch(id -> id.startsWith("IND-001-s21-duty-"));
        // 000:645 / 001:272: the five sources of fund money are parts of the fund total
        assertThat(sources("PART_OF", "IND-001-welfare-fund-money")).hasSize(5);
        // no indicator is its own ancestor
        Map<String, String> parent = new HashMap<>();
        relationships.get("PART_OF").stream().filter(r -> r.get("from").startsWith("IND-")).forEach(r -> parent.put(r.get("from"), r.get("to")));
        parent.keySet().forEach(id -> {
            Set<String> seen = new HashSet<>();
            for (String at = id; at != null; at = parent.get(at)) {
                assertThat(seen.add(at)).as("cycle through " + id).isTrue();
            }
        });
    }

    @Test
    void oneMeasureStatedInTwoDocumentsIsOneIndicator() {
        Map<String, String> indicatorOf = new HashMap<>();
        relationships.get("OF").forEach(r -> indicatorOf.put(r.get("from"), r.get("to")));
        // 000:110 (KPI 4.2 (1), 490) and 001:51 (370, preliminary) count the same new councils
        assertThat(indicatorOf.get("OBS-000-4.2-1-RESULT-2562")).isEqualTo("IND-001-councils-new")
                .isEqualTo(indicatorOf.get("OBS-001-councils-new-TH-2562"));
        assertThat(targets("CONFLICTS_WITH", "OBS-001-councils-new-TH-2562")).containsExactly("OBS-000-4.2-1-RESULT-2562");
        // 000:534 and 001:64 print the same target, 534: one observation citing both
        assertThat(node("OBS-000-4.2-1-TARGET-2562").get("src")).contains("000:").contains("001:64");
        assertThat(nodes).doesNotContainKeys("IND-000-4.2-1", "OBS-001-councils-new-TH-2562-target", "IND-000-4.2-qa-A");
        // 000:613 and 001:228: 229 councils graded A, 2561-2562
        assertThat(node("OBS-001-council-grade-a-TH-2562")).containsEntry("value", "229");
        assertThat(node("OBS-001-council-grade-a-TH-2562").get("src")).contains("000:613").contains("001:228");
        // every seed-001 indicator measures a plan: 001's sections report the FY2562 sub-programmes of their subject
        // (the councils of 001:17-266 are sub-programme 4.2 of 000:110-121, CODI-AP2562-P4-S2)
        Set<String> measuring = new HashSet<>();
        relationships.get("MEASURES").forEach(r -> measuring.add(r.get("from")));
        assertThat(nodes.keySet().stream().filter(id -> id.startsWith("IND-001-") && !measuring.contains(id))).isEmpty();
        assertThat(targets("MEASURES", "IND-001-councils-term-ended")).contains("CODI-AP2562-P4-S2");
    }
}
