package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Indicators and their figures over HTTP, checked against CODI's FY2562 report (seed 000) and its quarterly report
 * (seed 001). Every expected figure is copied from the cited line.
 */
@ApiTest
class ResultsApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void tambonPlansHaveTheirNationalResultAndTheRegionsThatAddUpToIt() {
        // 000:25: target 510 tambons, result 518 (101.57 %); 000:26 and 000:31-36, by CODI region: North 103,
        // Northeast 103, South 104, Central/West 105, Bangkok/East 103 (total 518)
        var response = graphQl.document("""
                { indicator(id: "IND-000-1.1") { unit measures { id }
                    national: observations(kind: RESULT, fiscalYear: 2562, national: true) { value quarter }
                    regional: observations(kind: RESULT, national: false) { value place { id label } }
                    target: observations(kind: TARGET, national: true) { value quarter } } }""").execute();
        response.path("indicator.unit").entity(String.class).isEqualTo("ตำบล")
                .path("indicator.measures[*].id").entityList(String.class).containsExactly("CODI-AP2562-P1-S1");
        List<Map> national = response.path("indicator.national").entityList(Map.class).get();
        // the year's result (no quarter) and the quarters 1-4 of 000:25: 38, 134, 82, 264
        assertThat(national).filteredOn(o -> o.get("quarter") == null).extracting(o -> o.get("value")).containsExactly("518");
        assertThat(national).filteredOn(o -> o.get("quarter") != null).extracting(o -> o.get("value"))
                .containsExactly("38", "134", "82", "264");
        List<Map> regional = response.path("indicator.regional").entityList(Map.class).get();
        assertThat(regional).extracting(o -> ((Map<?, ?>) o.get("place")).get("id") + "=" + o.get("value"))
                .containsExactlyInAnyOrder("CODI-R-NORTH=103", "CODI-R-NORTHEAST=103", "CODI-R-SOUTH=104",
                        "CODI-R-CENTRAL-WEST=105", "CODI-R-BKK-EAST=103");
        assertThat(regional).allSatisfy(o -> assertThat(((Map<?, ?>) o.get("place")).get("label")).isEqualTo("Region"));
        assertThat(regional.stream().mapToInt(o -> Integer.parseInt((String) o.get("value"))).sum()).isEqualTo(518);
        // 000:25: the year's target 510
        response.path("indicator.target[?(@.quarter == null)].value").entityList(String.class).containsExactly("510");
    }

    @Test
    void welfareFundMoneyKeepsItsSatangAndConflictingCountsAreBothServed() {
        // 000:645: 15,503,158,822.23 baht in the funds, stated to the satang; 5,997 funds (001:272 states the same
        // figures at Q4: one indicator and one observation since issue 14)
        graphQl.document("""
                { indicator(id: "IND-001-welfare-fund-money") {
                    observations(fiscalYear: 2562) { value unit fiscalYearCE sources { line source { id } } } } }""")
                .execute()
                .path("indicator.observations[*].value").entityList(String.class).contains("15503158822.23")
                .path("indicator.observations[0].fiscalYearCE").entity(Integer.class).isEqualTo(2019);
        // 000:148 prints 5,998 funds where 000:645 says 5,997: both are kept, each pointing at the other
        List<Map> counts = graphQl.document("""
                { indicator(id: "IND-001-welfare-funds") {
                    observations(fiscalYear: 2562) { value sources { line } conflictsWith { value } } } }""")
                .execute().path("indicator.observations").entityList(Map.class).get();
        assertThat(counts).filteredOn(o -> !((List<Map>) o.get("conflictsWith")).isEmpty()).extracting(o -> o.get("value") + " vs " + ((List<Map>) o.get("conflictsWith")).get(0).get("value"))
                .containsExactlyInAnyOrder("5997 vs 5998", "5998 vs 5997");
    }

    @Test
    void aPlanListsItsIndicatorsAndIndicatorsFilterByThePlansUnderAPlan() {
        // 000:42: KPI 1.2, provinces whose community plans link to provincial strategies, measures sub-plan 1.2
        graphQl.document("{ plan(id: \"CODI-AP2562-P1-S2\") { indicators { id unit } } }").execute()
                .path("plan.indicators[*].id").entityList(String.class).contains("IND-000-1.2")
                .path("plan.indicators[?(@.id == 'IND-000-1.2')].unit").entityList(String.class).containsExactly("จังหวัด");
        // transitively: KPI 1.1 measures sub-plan 1.1, part of plan 1, part of the FY2562 action plan
        var all = graphQl.document("""
                { indicators(where: {measures: "CODI-AP2562"}, first: 500) { totalCount edges { node { id } } } }""")
                .execute();
        all.path("indicators.edges[*].node.id").entityList(String.class).contains("IND-000-1.1", "IND-000-1.2");
        int total = all.path("indicators.totalCount").entity(Integer.class).get();
        int page = all.path("indicators.edges").entityList(Map.class).get().size();
        assertThat(total).isEqualTo(page);
        // an indicator of seed 003 (FY2567 plan) is not under CODI's FY2562 plan
        all.path("indicators.edges[*].node.id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).noneMatch(id -> id.startsWith("IND-003")));
    }

    @Test
    void indicatorsPageInThaiOrderByName() {
        List<String> names = graphQl.document("""
                { indicators(where: {nameContains: "กองทุน"}, first: 10) { edges { node { nameTh } } pageInfo { hasNextPage } } }""")
                .execute().path("indicators.edges[*].node.nameTh").entityList(String.class).get();
        assertThat(names).hasSize(10).allSatisfy(name -> assertThat(name).contains("กองทุน"));
        assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("th")));
    }
}
