package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Where the money goes: roll-ups that show which figures they used, and the dashboards' breakdowns. */
@ApiTest
class MoneyAndSummaryApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aRollUpSaysWhichFiguresItAddedAndWhichItLeftOut() {
        // Table C, 003:517: issue 1's own total 4,957.0178 million is used; its programmes' figures (003:518-522:
        // 374.1500 + 242.5025 + 4,340.3653 = 4,957.0178) are the same money, so they are listed as not added
        var rollup = graphQl.document("""
                { budgetRollup(plan: "CODI-AP2567-I1") { total { baht } figures { id amount { baht } }
                    notAdded { id amount { baht } } byYear { fiscalYear fiscalYearCE total { baht } } } }""").execute();
        rollup.path("budgetRollup.figures[*].id").entityList(String.class).containsExactly("B-CODI-AP2567-I1-ALL-2567")
                .path("budgetRollup.notAdded[*].id").entityList(String.class)
                .contains("B-CODI-AP2567-P01-ALL-2567", "B-CODI-AP2567-P02-ALL-2567", "B-CODI-AP2567-P03-ALL-2567");
        List<Map> notAdded = rollup.path("budgetRollup.notAdded").entityList(Map.class).get();
        long programmes = notAdded.stream().filter(b -> ((String) b.get("id")).matches("B-CODI-AP2567-P0[123]-ALL-2567"))
                .mapToLong(b -> ((Number) ((Map<?, ?>) b.get("amount")).get("baht")).longValue()).sum();
        assertThat(programmes).isEqualTo(374_150_000L + 242_502_500L + 4_340_365_300L).isEqualTo(4_957_017_800L);
        // one fiscal year, 2567 = 2024 CE
        rollup.path("budgetRollup.byYear[*].fiscalYear").entityList(Integer.class).containsExactly(2567)
                .path("budgetRollup.byYear[0].fiscalYearCE").entity(Integer.class).isEqualTo(2024)
                .path("budgetRollup.byYear[0].total.baht").entity(Long.class).isEqualTo(4_957_017_800L);
    }

    @Test
    void theDashboardTotalsFy2563PartnerMoneyByProvinceLargestFirst() {
        // seed 000's FY2563 table: Kanchanaburi (000:416-425) 25,465,000 + 885,400 + 995,100 + 5,000,000 + 6,095,000
        // + 27,995,700 + 30,295,000 + 24,896,300 + 2,920,000 + 5,550,000 + 6,815,000 = 136,912,500, the largest;
        // Tak (000:355-357) 39,965,400 + 15,120,000 + 2,050,000 = 57,135,400
        List<Map> provinces = graphQl.document("""
                { summary(fiscalYear: 2563) { budgetByProvince { key name total { baht } figures } } }""")
                .execute().path("summary.budgetByProvince").entityList(Map.class).get();
        assertThat(provinces.get(0)).containsEntry("key", "TH-71").containsEntry("name", "กาญจนบุรี").containsEntry("figures", 11);
        assertThat(provinces).extracting(p -> p.get("key") + "=" + ((Map<?, ?>) p.get("total")).get("baht"))
                .contains("TH-71=136912500", "TH-63=57135400");
        assertThat(provinces).extracting(p -> ((Number) ((Map<?, ?>) p.get("total")).get("baht")).longValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aRegionsMoneyIsItsProvincesMoney() {
        // CODI's North holds Tak (000:341 banner); the region's FY2563 total is the sum of its provinces' totals
        List<Map> provinces = graphQl.document("""
                { summary(fiscalYear: 2563, region: "CODI-R-NORTH") { budgetByProvince { key total { baht } } } }""")
                .execute().path("summary.budgetByProvince").entityList(Map.class).get();
        assertThat(provinces).extracting(p -> p.get("key")).contains("TH-63");
        long sum = provinces.stream().mapToLong(p -> ((Number) ((Map<?, ?>) p.get("total")).get("baht")).longValue()).sum();
        graphQl.document("{ summary(fiscalYear: 2563) { budgetByRegion { key total { baht } } } }").execute()
                .path("summary.budgetByRegion[?(@.key == 'CODI-R-NORTH')].total.baht").entityList(Long.class)
                .containsExactly(sum);
    }

    @Test
    void theDashboardCountsTheCountryAndTheFy2567MoneyAtEachLevelOnce() {
        // the gazetteer: 878 districts + 50 Bangkok khet = 928; 7,255 tambons + 180 Bangkok khwaeng = 7,435;
        // 77 provinces; CODI's 5 regions and the official 6; the 5 source documents
        graphQl.document("{ summary { counts { key count } provinces } }").execute()
                .path("summary.counts[?(@.key == 'District')].count").entityList(Integer.class).containsExactly(928)
                .path("summary.counts[?(@.key == 'Tambon')].count").entityList(Integer.class).containsExactly(7_435)
                .path("summary.counts[?(@.key == 'Province')].count").entityList(Integer.class).containsExactly(77)
                .path("summary.counts[?(@.key == 'Region')].count").entityList(Integer.class).containsExactly(11)
                .path("summary.counts[?(@.key == 'Source')].count").entityList(Integer.class).containsExactly(5)
                .path("summary.provinces").entity(Integer.class).isEqualTo(77);
        // FY2567 (seed 003): the operating budget 6,088.9497 million (003:56); the 4 issues' and the 13 programmes'
        // own totals each add up to the action plan's 5,834.1047 million (003:561), each level counted by itself
        var levels = graphQl.document("""
                { summary(fiscalYear: 2567) { budgetByPlanLevel { key total { baht } figures } } }""").execute();
        levels.path("summary.budgetByPlanLevel[?(@.key == 'AGENCY_PLAN')].total.baht").entityList(Long.class)
                .containsExactly(6_088_949_700L)
                .path("summary.budgetByPlanLevel[?(@.key == 'STRATEGIC_ISSUE')].total.baht").entityList(Long.class)
                .containsExactly(5_834_104_700L)
                .path("summary.budgetByPlanLevel[?(@.key == 'STRATEGIC_ISSUE')].figures").entityList(Integer.class)
                .containsExactly(4)
                .path("summary.budgetByPlanLevel[?(@.key == 'PROGRAMME')].total.baht").entityList(Long.class)
                .containsExactly(5_834_104_700L)
                .path("summary.budgetByPlanLevel[?(@.key == 'PROGRAMME')].figures").entityList(Integer.class)
                .containsExactly(13);
    }
}
