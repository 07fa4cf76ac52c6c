package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The one counting model (docs/money.md) as users meet it: the documents' own answers, and the invariants that
 * make the money fields agree with each other over the whole shipped graph.
 */
@ApiTest
class MoneyModelTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aSubPlanReceivesTheMoneyOfTheProjectsThatLinkToIt() {
        // 003:159: sub-plan มาตรการแบบเจาะจงกลุ่มเป้าหมาย… 5,091.0693 million baht of state money, from projects
        // PJ02 241.9825 (003:521), PJ03 4,301.8460 (003:522) and PJ11 547.2408 (003:544), each linked to it (003:148)
        var rollup = graphQl.document("""
                { budgetRollup(plan: "MP-17-SP1", source: STATE) { total { baht millionBaht }
                    contributions { budget { amount { baht } } path through { id } } } }""").execute();
        rollup.path("budgetRollup.total.baht").entity(Long.class).isEqualTo(241_982_500L + 4_301_846_000L + 547_240_800L)
                .path("budgetRollup.total.millionBaht").entity(String.class).isEqualTo("5091.0693")
                .path("budgetRollup.contributions[*].through.id").entityList(String.class)
                .contains("CODI-AP2567-PJ02", "CODI-AP2567-PJ03", "CODI-AP2567-PJ11").hasSize(3)
                .path("budgetRollup.contributions[*].path").entityList(String.class)
                .containsExactly("LINKS", "LINKS", "LINKS");
        // asked for what is under the sub-plan only, nothing: the money comes by links
        graphQl.document("{ budgetRollup(plan: \"MP-17-SP1\", source: STATE, paths: [STRUCTURE]) { total { baht } } }")
                .execute().path("budgetRollup.total.baht").entity(Long.class).isEqualTo(0L);
    }

    @Test
    void aMasterPlanCountsTheActionPlansMoneyOnceThoughItComesByTwoLinks() {
        // CODI-AP2567 links to MP-17 (003:139) and PJ11, inside it, links to MP-17 too (003:139, 146): one plan's
        // money, 6,088.9497 million (003:56), not more
        graphQl.document("{ budgetRollup(plan: \"MP-17\", fiscalYear: 2567) { total { baht } } }").execute()
                .path("budgetRollup.total.baht").entity(Long.class).isEqualTo(6_088_949_700L);
    }

    @Test
    void eachSaraphiCentreCountsForItsProvince() {
        // 004:3861-3873: 967,400 = เชียงใหม่ 358,500 + อุบลราชธานี 382,200 + สตูล 226,700
        var whole = graphQl.document("""
                { node(id: "B-CDD-2565-P07-A1-2.4-2565") { ... on Budget { amount { baht } counted
                    parts { amount { baht } heldBecause countsFor { nameTh } } } } }""").execute();
        whole.path("node.amount.baht").entity(Long.class).isEqualTo(967_400L)
                .path("node.parts[?(@.countsFor.nameTh == 'เชียงใหม่')].amount.baht").entityList(Long.class).containsExactly(358_500L)
                .path("node.parts[?(@.countsFor.nameTh == 'อุบลราชธานี')].amount.baht").entityList(Long.class).containsExactly(382_200L)
                .path("node.parts[?(@.countsFor.nameTh == 'สตูล')].amount.baht").entityList(Long.class).containsExactly(226_700L)
                .path("node.parts[*].heldBecause").entityList(String.class).containsExactly("PART", "PART", "PART");
    }

    @Test
    void takCountsItsOwnSharesOfAProjectOfNineProvincesNotTheWholeProject() {
        // CDD-2565-P01 (7,812,000, 004:654) targets nine provinces; Tak's stated shares of its three activities
        // ("จังหวัดละ"): 230,000 (004:1799) + 196,000 (004:1824) + 442,000 (004:1868)
        graphQl.document("""
                { province(id: "TH-63") { budgetTotal(fiscalYear: 2565) { baht } sharedBudgets(fiscalYear: 2565) { provinces } } }""")
                .execute().path("province.budgetTotal.baht").entity(Long.class).isEqualTo(230_000L + 196_000L + 442_000L)
                .path("province.sharedBudgets").entityList(Map.class).hasSize(0);
    }

    @Test
    void theNationalBudgetFrameIsNeverAddedToAnAgencysBudget() {
        // FY2565: CDD's own 5,003,671,000 (004:601); the Budget Act's frame, 3,100,000 million (004:298-300), apart
        graphQl.document("""
                { summary(fiscalYear: 2565) { budgetByYear { key total { baht } }
                    frame: budgetByYear(level: NATIONAL_FRAME) { key total { baht } }
                    budgetByAgency { key total { baht } } } }""").execute()
                .path("summary.budgetByYear[*].total.baht").entityList(Long.class).containsExactly(5_003_671_000L)
                .path("summary.frame[*].total.baht").entityList(Long.class).containsExactly(3_100_000_000_000L)
                // credited to the department that owns the plan it funds (004:601), not to the division that wrote it
                .path("summary.budgetByAgency[0].key").entity(String.class).isEqualTo("AG-CDD")
                .path("summary.budgetByAgency[0].total.baht").entity(Long.class).isEqualTo(5_003_671_000L);
    }

    @Test
    void everyProvincesTotalIsItsFigureInTheDashboardAndTheProvincesNeverAddUpToMoreThanTheYear() {
        List<Integer> years = graphQl.document("{ summary { budgetByYear { key } } }").execute()
                .path("summary.budgetByYear[*].key").entityList(String.class).get().stream().map(Integer::valueOf).toList();
        assertThat(years).contains(2562, 2563, 2565, 2567);
        StringBuilder document = new StringBuilder("{ provinces { id all: budgetTotal { baht }");
        years.forEach(y -> document.append(" y").append(y).append(": budgetTotal(fiscalYear: ").append(y).append(") { baht }"));
        document.append(" }");
        years.forEach(y -> document.append(" s").append(y).append(": summary(fiscalYear: ").append(y).append(") {")
                .append(" budgetByProvince { key total { baht } } budgetByYear { total { baht } }")
                .append(" budgetByRegion { total { baht } } budgetByAgency { total { baht } } }"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = graphQl.document(document.append(" }").toString()).execute().path("$")
                .entity(Map.class).get();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> provinces = (List<Map<String, Object>>) ((Map<String, Object>) data.get("data")).get("provinces");
        assertThat(provinces).hasSize(77);
        Map<String, Object> answers = (Map<String, Object>) data.get("data");
        List<String> problems = new ArrayList<>();
        for (int year : years) {
            Map<String, Object> summary = map(answers.get("s" + year));
            Map<String, Long> dashboard = new HashMap<>();
            list(summary.get("budgetByProvince")).forEach(row -> dashboard.put((String) row.get("key"), baht(row.get("total"))));
            long yearMoney = list(summary.get("budgetByYear")).stream().mapToLong(row -> baht(row.get("total"))).sum();
            long provincesMoney = 0;
            for (Map<String, Object> province : provinces) {
                long total = baht(province.get("y" + year));
                provincesMoney += total;
                if (total != dashboard.getOrDefault((String) province.get("id"), 0L)) {
                    problems.add(province.get("id") + " in " + year + ": budgetTotal " + total + ", dashboard "
                            + dashboard.get(province.get("id")));
                }
            }
            if (provincesMoney > yearMoney) {
                problems.add(year + ": provinces add up to " + provincesMoney + ", more than the year's " + yearMoney);
            }
            for (String breakdown : List.of("budgetByRegion", "budgetByAgency")) {
                long sum = list(summary.get(breakdown)).stream().mapToLong(row -> baht(row.get("total"))).sum();
                if (sum > yearMoney) {
                    problems.add(year + ": " + breakdown + " adds up to " + sum + ", more than the year's " + yearMoney);
                }
            }
        }
        for (Map<String, Object> province : provinces) {
            long yearly = years.stream().mapToLong(y -> baht(province.get("y" + y))).sum();
            if (yearly != baht(province.get("all"))) {
                problems.add(province.get("id") + ": all years " + baht(province.get("all")) + ", years add up to " + yearly);
            }
        }
        assertThat(problems).isEmpty();
        // and there is something to check: FY2563's money by province is seed 000's linkage table (000:416-425)
        assertThat(provinces).anySatisfy(p -> assertThat(baht(p.get("y2563"))).isEqualTo(136_912_500L));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static long baht(Object money) {
        return ((Number) map(money).get("baht")).longValue();
    }
}
