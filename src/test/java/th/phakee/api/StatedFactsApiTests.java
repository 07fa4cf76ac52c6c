package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Issue 14 over HTTP: the figures the documents state beside a figure (percentages and what they are a share of,
 * verdicts and pass marks, counts in other units, figures of named actors, running totals, converted units), the
 * dates and marks of plans, and indicators a person can find. Every expected value is copied from the line cited
 * beside it, or follows from the schema's contract; none is read from this code's output.
 */
@ApiTest
class StatedFactsApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aRegionsShareOfAWholeIsANumberWithTheWholeItIsAShareOf() {
        // 001:23: of 155,279 registered community organisations the Northeast has 58,078, "คิดเป็นร้อยละ 37.40"
        Map<?, ?> northeast = graphQl.document("""
                { indicator(id: "IND-001-community-orgs") {
                    observations(place: "CODI-R-NORTHEAST", fiscalYear: 2562) {
                      value percent percentExact percentOf shareOf { value place { id } } sources { line source { id } } } } }""")
                .execute().path("indicator.observations[?(@.value == '58078')]").entityList(Map.class).hasSize(1).get().get(0);
        assertThat(northeast.get("value")).isEqualTo("58078");
        assertThat(northeast.get("percent")).isEqualTo(37.4);
        assertThat(northeast.get("percentExact")).isEqualTo("37.40");
        assertThat(northeast.get("percentOf")).isEqualTo("WHOLE");
        Map<?, ?> whole = (Map<?, ?>) northeast.get("shareOf");
        assertThat(whole.get("value")).isEqualTo("155279");
        assertThat(whole.get("place")).as("the whole is national").isNull();
        assertThat((List<Map<String, Object>>) northeast.get("sources"))
                .anySatisfy(c -> assertThat(c.get("line")).isEqualTo(23));
    }

    @Test
    void theSharesOfAWholeAreListedFromTheWhole() {
        // 001:156-158: of the 5,684 councils whose members' term ended, 2,410 (42.40 %) reviewed their members and
        // 3,274 (57.60 %) did not
        List<Map> shares = graphQl.document("""
                { indicator(id: "IND-001-councils-term-ended") {
                    observations(national: true, quarter: 4) { value shares { value percentExact percentOf } } } }""")
                .execute().path("indicator.observations[?(@.value == '5684')].shares[*]").entityList(Map.class).get();
        assertThat(shares).extracting(s -> s.get("value") + " = " + s.get("percentExact") + " % of the " + s.get("percentOf"))
                .containsExactlyInAnyOrder("3274 = 57.60 % of the WHOLE", "2410 = 42.40 % of the WHOLE");
    }

    @Test
    void verdictsAndPassMarksAreFields() {
        // 000:25: 518 tambon plans against the target 510, 101.57 %, ผ่าน
        Map<?, ?> tambonPlans = graphQl.document("""
                { indicator(id: "IND-000-1.1") { observations(kind: RESULT, national: true, period: YEAR) {
                    value percent percentOf verdict threshold thresholdExact shareOf { kind value } } } }""")
                .execute().path("indicator.observations[0]").entity(Map.class).get();
        assertThat(tambonPlans.get("value")).isEqualTo("518");
        assertThat(tambonPlans.get("percent")).isEqualTo(101.57);
        assertThat(tambonPlans.get("percentOf")).isEqualTo("TARGET");
        assertThat(tambonPlans.get("verdict")).isEqualTo("PASSED");
        assertThat(tambonPlans.get("thresholdExact")).isEqualTo("510");
        assertThat(tambonPlans.get("shareOf")).isEqualTo(Map.of("kind", "TARGET", "value", "510"));
        // 000:110: 490 new councils against the criterion's 534, ไม่ผ่าน
        Map<?, ?> councils = graphQl.document("""
                { indicator(id: "IND-001-councils-new") { observations(kind: RESULT, national: true, period: YEAR, source: "000") {
                    value verdict threshold printedUnit unit } } }""")
                .execute().path("indicator.observations[?(@.value == '490')]").entityList(Map.class).hasSize(1).get().get(0);
        assertThat(councils.get("value")).isEqualTo("490");
        assertThat(councils.get("verdict")).isEqualTo("NOT_PASSED");
        assertThat(councils.get("threshold")).isEqualTo(534.0);
        // 000 counts the councils in ตำบล; the indicator's unit is แห่ง (001:51), 000's kept as printed
        assertThat(councils.get("unit")).isEqualTo("แห่ง");
        assertThat(councils.get("printedUnit")).isEqualTo("ตำบล");
    }

    @Test
    void countsPrintedBesideAFigureAreObservationsOfTheirOwn() {
        // 000:495-497: Baan Mankong's 5,588 households, "67 ชุมชน ใน 26 จังหวัด", in FY2562; the indicators of the
        // sub-programme it reports (000:64)
        List<Map> indicators = graphQl.document("""
                { indicators(where: {measures: "CODI-AP2562-P2-S1", source: "000"}, first: 50) { edges { node {
                    unit observations(kind: RESULT, fiscalYear: 2562, national: true) { value sources { line } } } } } }""")
                .execute().path("indicators.edges[*].node").entityList(Map.class).get();
        assertThat(indicators).flatExtracting(i -> ((List<Map>) i.get("observations")).stream()
                .filter(o -> ((List<Map>) o.get("sources")).stream().anyMatch(c -> c.get("line").equals(497) || c.get("line").equals(495)))
                .map(o -> o.get("value") + " " + i.get("unit")).toList())
                .contains("5588 ครัวเรือน", "67 ชุมชน", "26 จังหวัด");
        // the same counts found by unit
        graphQl.document("""
                { indicators(where: {measures: "CODI-AP2562-P2-S1", unit: "ชุมชน"}) { edges { node { unit observations { value } } } } }""")
                .execute().path("indicators.edges[*].node.unit").entityList(String.class).containsExactly("ชุมชน")
                .path("indicators.edges[0].node.observations[*].value").entityList(String.class).contains("67");
    }

    @Test
    void theSixProvincesOfKpiOnePointTwoAreListed() {
        // 000:330-335: the provinces whose plans linked in 2561 and were supported in 2562: พิจิตร, แม่ฮ่องสอน,
        // กำแพงเพชร, บึงกาฬ, สุราษฎร์ธานี, เพชรบุรี (000:44: 6)
        Map<?, ?> linked = graphQl.document("""
                { indicator(id: "IND-000-1.2-linked2562") { observations(national: true) { value covers { label name } } } }""")
                .execute().path("indicator.observations[0]").entity(Map.class).get();
        assertThat(linked.get("value")).isEqualTo("6");
        assertThat((List<Map>) linked.get("covers")).extracting(p -> p.get("name"))
                .containsExactlyInAnyOrder("พิจิตร", "แม่ฮ่องสอน", "กำแพงเพชร", "บึงกาฬ", "สุราษฎร์ธานี", "เพชรบุรี");
        assertThat((List<Map>) linked.get("covers")).allSatisfy(p -> assertThat(p.get("label")).isEqualTo("Province"));
    }

    @Test
    void aNamedActorsFigureIsForThatActor() {
        // 000:175-180: organisations developed with six universities: แม่โจ้ 10, มหาสารคาม 12, ราชภัฏสุราษฎร์ธานี 20,
        // ราชภัฏกาญจนบุรี 11, ราชภัฏนครสวรรค์ 45, ราชพฤกษ์ 23
        List<Map> byUniversity = graphQl.document("""
                { indicator(id: "IND-000-6-org") { observations(kind: RESULT, national: false, fiscalYear: 2562) {
                    value place { label name } places { label } } } }""")
                .execute().path("indicator.observations").entityList(Map.class).get();
        assertThat(byUniversity).filteredOn(o -> "Agency".equals(((Map<?, ?>) o.get("place")).get("label")))
                .extracting(o -> ((Map<?, ?>) o.get("place")).get("name") + " " + o.get("value"))
                .containsExactlyInAnyOrder("มหาวิทยาลัยแม่โจ้ 10", "มหาวิทยาลัยมหาสารคาม 12", "มหาวิทยาลัยราชภัฏสุราษฎร์ธานี 20",
                        "มหาวิทยาลัยราชภัฏกาญจนบุรี 11", "มหาวิทยาลัยราชภัฏนครสวรรค์ 45", "มหาวิทยาลัยราชพฤกษ์ 23");
        // each is also its university's region's figure (000:175-180 list them by region)
        assertThat(byUniversity).filteredOn(o -> "Agency".equals(((Map<?, ?>) o.get("place")).get("label")))
                .allSatisfy(o -> assertThat((List<Map>) o.get("places")).extracting(p -> p.get("label"))
                        .containsExactly("Agency", "Region"));
    }

    @Test
    void runningTotalsAreMarkedAndFilteredApart() {
        // 001:132-139: councils with their registration file attached, a running count: Q1 6,122, Q2 6,144, Q3 6,212,
        // Q4 6,375 (รวม row)
        List<Map> running = graphQl.document("""
                { indicator(id: "IND-001-councils-js0203-attached") {
                    observations(national: true, period: CUMULATIVE) { value quarter cumulative period } } }""")
                .execute().path("indicator.observations").entityList(Map.class).get();
        assertThat(running).extracting(o -> o.get("quarter") + ":" + o.get("value"))
                .containsExactly("1:6122", "2:6144", "3:6212", "4:6375");
        assertThat(running).allSatisfy(o -> {
            assertThat(o.get("cumulative")).isEqualTo(true);
            assertThat(o.get("period")).isEqualTo("CUMULATIVE");
        });
        // the same indicator has no quarter's own figure: the period filter keeps them apart
        graphQl.document("""
                { indicator(id: "IND-001-councils-js0203-attached") { observations(period: QUARTER) { value } } }""")
                .execute().path("indicator.observations").entityList(Map.class).hasSize(0);
        // 000:25: KPI 1.1's quarterly results are each quarter's own: Q2 134
        graphQl.document("""
                { indicator(id: "IND-000-1.1") { observations(kind: RESULT, national: true, period: QUARTER, quarter: 2) { value period } } }""")
                .execute().path("indicator.observations[*].value").entityList(String.class).containsExactly("134")
                .path("indicator.observations[0].period").entity(String.class).isEqualTo("QUARTER");
    }

    @Test
    void aSeriesKeepsOneUnitAndItsLatestValueIsTheLatestYear() {
        // 000:645 / 001:272: 15,503,158,822.23 baht in the welfare funds at Q4 2562; 002:105: 19,062.27 ล้านบาท at
        // 30 September 2565, converted to 19,062,270,000 baht with the printed figure kept
        Map<?, ?> latest = graphQl.document("""
                { indicator(id: "IND-001-welfare-fund-money") { unit
                    latest { value unit fiscalYear printedValue printedUnit sources { source { id } line } } } }""")
                .execute().path("indicator.latest").entity(Map.class).get();
        assertThat(latest.get("value")).isEqualTo("19062270000");
        assertThat(latest.get("unit")).isEqualTo("THB");
        assertThat(latest.get("fiscalYear")).isEqualTo(2565);
        assertThat(latest.get("printedValue")).isEqualTo("19062.27");
        assertThat(latest.get("printedUnit")).isEqualTo("ล้านบาท");
        assertThat((List<Map<String, Object>>) latest.get("sources")).anySatisfy(c -> {
            assertThat(((Map<?, ?>) c.get("source")).get("id")).isEqualTo("002");
            assertThat(c.get("line")).isEqualTo(105);
        });
        // for a place: the Northeast's latest is 2562's Q4 figure, 5,287,054,130.55 (001:322-329)
        graphQl.document("""
                { indicator(id: "IND-001-welfare-fund-money") { latest(place: "CODI-R-NORTHEAST") { value quarter } } }""")
                .execute().path("indicator.latest.value").entity(String.class).isEqualTo("5287054130.55")
                .path("indicator.latest.quarter").entity(Integer.class).isEqualTo(4);
        // counted figures only: the 20-year housing target is 1,053,702 households (003:247); 002:139 rounds it to
        // "1.053 ล้านครัวเรือน", a restatement set aside for it, though its id sorts first
        graphQl.document("""
                { indicator(id: "IND-003-L3-HOUSING") { latest(kind: TARGET) { value counted } } }""")
                .execute().path("indicator.latest.value").entity(String.class).isEqualTo("1053702")
                .path("indicator.latest.counted").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void everyObservationIsInItsIndicatorsUnit() {
        // the contract (docs/graph-model.md): every observation is in its indicator's unit; a converted one keeps the
        // unit the document printed in printedUnit
        List<Map> indicators = graphQl.document("""
                { indicators(first: 500) { totalCount edges { node { id unit observations { id unit } } } } }""")
                .execute().path("indicators.edges[*].node").entityList(Map.class).get();
        assertThat(indicators).hasSizeGreaterThan(400);
        int observations = 0;
        for (Map<?, ?> indicator : indicators) {
            for (Map<?, ?> observation : (List<Map>) indicator.get("observations")) {
                observations++;
                assertThat(observation.get("unit")).as(observation.get("id") + " of " + indicator.get("id"))
                        .isEqualTo(indicator.get("unit"));
            }
        }
        assertThat(observations).isGreaterThan(1000);
    }

    @Test
    void everyPrintedPercentageIsANumberEqualToItsExactText() {
        // the contract: percent is the number of the printed percentage, percentExact the text, percentOf what of
        List<Map> observations = graphQl.document("""
                { indicators(first: 500) { edges { node { observations { id percent percentExact percentOf shareOf { id } } } } } }""")
                .execute().path("indicators.edges[*].node.observations[*]").entityList(Map.class).get();
        List<Map> withPercent = observations.stream().filter(o -> o.get("percentExact") != null).toList();
        // docs/data.md "Facts as data": 211 observations carry a percentage
        assertThat(withPercent).hasSizeGreaterThanOrEqualTo(211);
        assertThat(withPercent).allSatisfy(o -> {
            assertThat(new BigDecimal(o.get("percentExact").toString()))
                    .isEqualByComparingTo(BigDecimal.valueOf(((Number) o.get("percent")).doubleValue()));
            assertThat(o.get("percentOf")).as(o.get("id").toString()).isNotNull();
        });
    }

    @Test
    void indicatorsAreFoundByDocumentUnitTextAndPlan() {
        // 001:219-228: the council grades ("ระดับ A"), a bare header: found by text through its alias, in 001
        List<Map> gradeA = graphQl.document("""
                { indicators(where: {text: "ระดับ A", source: "001"}, first: 20) { edges { node { id nameTh aliases } } } }""")
                .execute().path("indicators.edges[*].node").entityList(Map.class).get();
        assertThat(gradeA).isNotEmpty().allSatisfy(i -> assertThat(i.get("nameTh") + " " + i.get("aliases")).contains("ระดับ A"));
        assertThat(gradeA).extracting(i -> i.get("id")).contains("IND-001-council-grade-a");
        // by document: every indicator found for 003 cites 003, or one of its figures does (their citations are read
        // through nodes: a page that selects sources { source } trips a check of Neo4j's planner under -ea)
        List<String> ids003 = graphQl.document("""
                { indicators(where: {source: "003"}, first: 500) { edges { node { id } } } }""")
                .execute().path("indicators.edges[*].node.id").entityList(String.class).get();
        assertThat(ids003).isNotEmpty();
        List<Map> of003 = graphQl.document("""
                query($ids: [ID!]!) { nodes(ids: $ids) { ... on Indicator { id sources { source { id } }
                    observations { sources { source { id } } } } } }""")
                .variable("ids", ids003).execute().path("nodes").entityList(Map.class).get();
        assertThat(of003).allSatisfy(i -> assertThat(i.toString()).as(i.get("id").toString()).contains("id=003"));
        // 003:247: the 20-year housing target of the level-3 housing plan is one of them
        assertThat(ids003).contains("IND-003-L3-HOUSING");
        // by unit
        graphQl.document("""
                { indicators(where: {unit: "ร้อยละ"}, first: 500) { edges { node { unit } } } }""")
                .execute().path("indicators.edges[*].node.unit").entityList(String.class)
                .satisfies(units -> assertThat(units).isNotEmpty().allMatch("ร้อยละ"::equals));
    }

    @Test
    void theTwelveSectionTwentyOneDutiesAreOneIndicatorsParts() {
        // 001:89: the councils' results by the duties of section 21 of the 2551 Act, "(12 ข้อ)", each its own count
        Map<?, ?> duties = graphQl.document("""
                { indicator(id: "IND-001-s21-duty-01") { parent { nameTh parts { id parent { id } } } } }""")
                .execute().path("indicator.parent").entity(Map.class).get();
        assertThat(duties.get("nameTh").toString()).contains("มาตรา 21").contains("12 ข้อ");
        assertThat((List<Map>) duties.get("parts")).hasSize(12)
                .allSatisfy(p -> assertThat(((Map<?, ?>) p.get("parent")).get("id")).isEqualTo("IND-001-s21-duties"));
    }

    @Test
    void plansHaveTheirApprovalDatesAndApprover() {
        // 003:244: the 20-year housing master plan, "กรม.เห็นชอบเมื่อวันที่ 12 ก.ย. 2560" (12 September 2017)
        graphQl.document("""
                { plan(id: "L3-HOUSING-2560-2579") { approvedOn approvedBy { nameTh } submittedOn } }""")
                .execute().path("plan.approvedOn").entity(String.class).isEqualTo("2017-09-12")
                .path("plan.approvedBy.nameTh").entity(String.class).isEqualTo("คณะรัฐมนตรี")
                .path("plan.submittedOn").valueIsNull();
        // 003:245: the Prem Prachakorn canal plan, "เสนอ กรม. เมื่อวันที่ 9 เม.ย. 2562" (9 April 2019), not yet approved
        graphQl.document("""
                { plan(id: "L3-PREM-CANAL-2562-2570") { submittedOn approvedOn } }""")
                .execute().path("plan.submittedOn").entity(String.class).isEqualTo("2019-04-09")
                .path("plan.approvedOn").valueIsNull();
        // 003:13: CODI's FY2567 action plan, "คณะกรรมการสถาบันฯ เห็นชอบเมื่อวันที่ 18 สิงหาคม 2566"
        graphQl.document("""
                { plan(id: "CODI-AP2567") { approvedOn approvedBy { nameTh } } }""")
                .execute().path("plan.approvedOn").entity(String.class).isEqualTo("2023-08-18")
                .path("plan.approvedBy.nameTh").entity(String.class).isEqualTo("คณะกรรมการสถาบัน");
    }

    @Test
    void plansAndProjectsCarryTheirChangeMarks() {
        // 003:522: "แผนงานที่ 3.2 เป็นแผนงานใหม่ ตามการประเมินความคุ้มค่า"
        graphQl.document("""
                { plan(id: "CODI-AP2567-P03-S2") { change changeNote } }""")
                .execute().path("plan.change").entity(String.class).isEqualTo("NEW")
                .path("plan.changeNote").entity(String.class).isEqualTo("แผนงานที่ 3.2 เป็นแผนงานใหม่ ตามการประเมินความคุ้มค่า");
        // 003:539-541: "แผนงานที่ 7.2-7.4 เป็นการปรับปรุง/เพิ่มเติม…"
        graphQl.document("""
                { plans(where: {level: SUB_PROGRAMME}, first: 500) { edges { node { id change } } } }""")
                .execute().path("plans.edges[?(@.node.change == 'REVISED')].node.id").entityList(String.class)
                .contains("CODI-AP2567-P07-S2", "CODI-AP2567-P07-S3", "CODI-AP2567-P07-S4");
        // 003:522: project 3.1 (5) "เป็นโครงการใหม่ตามคำของบประมาณ ปี 2567"
        graphQl.document("""
                { project(id: "CODI-AP2567-PJ08") { change changeNote } }""")
                .execute().path("project.change").entity(String.class).isEqualTo("NEW")
                .path("project.changeNote").entity(String.class).satisfies(note -> assertThat(note).contains("โครงการใหม่"));
    }

    @Test
    void theFy2563LinkageProjectsHaveTheirYear() {
        // 000:337: the table of provinces linked "ในปี 2563"; Tak's first project (000:355)
        graphQl.document("""
                { project(id: "PJ-000-2563-TH-63-1") { fiscalYear fiscalYearCE } }""")
                .execute().path("project.fiscalYear").entity(Integer.class).isEqualTo(2563)
                .path("project.fiscalYearCE").entity(Integer.class).isEqualTo(2020);
    }
}
