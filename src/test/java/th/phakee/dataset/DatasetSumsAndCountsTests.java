package th.phakee.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sums that hold in the source documents hold in data/, and the counts per label and level are the documents'.
 * Every expected figure below is copied from the line of sources/ cited beside it, not from the data.
 */
class DatasetSumsAndCountsTests {

    static Map<String, Map<String, String>> budgets = new HashMap<>();
    static Map<String, Map<String, String>> plans = new HashMap<>();
    static Map<String, Map<String, String>> projects = new HashMap<>();
    static List<CSVRecord> funds;
    static List<CSVRecord> partOf;

    @BeforeAll
    static void read() throws IOException {
        DatasetCitationTests.rows(Path.of("data/Budget.csv")).forEach(r -> budgets.put(r.get("id"), r.toMap()));
        DatasetCitationTests.rows(Path.of("data/Plan.csv")).forEach(r -> plans.put(r.get("id"), r.toMap()));
        DatasetCitationTests.rows(Path.of("data/Project.csv")).forEach(r -> projects.put(r.get("id"), r.toMap()));
        funds = DatasetCitationTests.rows(Path.of("data/FUNDS.csv"));
        partOf = DatasetCitationTests.rows(Path.of("data/PART_OF.csv"));
    }

    static long baht(String budgetId) {
        return Long.parseLong(budgets.get(budgetId).get("amountBaht"));
    }

    /** The sum of the figures of a source that fund the children (PART_OF) of a plan. */
    static long childrenSum(String parent, String source) {
        return partOf.stream().filter(r -> r.get("to").equals(parent) && plans.containsKey(r.get("from")))
                .mapToLong(r -> funds.stream().filter(f -> f.get("to").equals(r.get("from")))
                        .map(f -> budgets.get(f.get("from")))
                        .filter(b -> b.get("source").equals(source))
                        .mapToLong(b -> Long.parseLong(b.get("amountBaht"))).sum())
                .sum();
    }

    static long count(Map<String, Map<String, String>> rows, Predicate<Map<String, String>> test) {
        return rows.values().stream().filter(test).count();
    }

    // --- seed 003, CODI action plan FY2567 ---

    @Test
    void seed003ProgrammesAddUpToTheirIssuesAndTheActionPlan() {
        // Table C subtotal rows 003:517, 525, 534, 546: state / own per issue
        assertThat(childrenSum("CODI-AP2567-I1", "STATE")).isEqualTo(4_887_178_500L).isEqualTo(baht("B-CODI-AP2567-I1-STATE-2567"));
        assertThat(childrenSum("CODI-AP2567-I1", "OWN_REVENUE")).isEqualTo(69_839_300L);
        assertThat(childrenSum("CODI-AP2567-I2", "STATE")).isEqualTo(165_468_700L);
        assertThat(childrenSum("CODI-AP2567-I2", "OWN_REVENUE")).isEqualTo(12_970_000L);
        assertThat(childrenSum("CODI-AP2567-I3", "STATE")).isEqualTo(655_170_800L);
        assertThat(childrenSum("CODI-AP2567-I3", "OWN_REVENUE")).isEqualTo(15_936_600L);
        assertThat(childrenSum("CODI-AP2567-I4", "OWN_REVENUE")).isEqualTo(27_540_800L);
        // 003:561: 13 programmes, 5,834.1047 = 5,707.8180 state + 126.2867 own
        long state = 0;
        long own = 0;
        for (String issue : List.of("CODI-AP2567-I1", "CODI-AP2567-I2", "CODI-AP2567-I3", "CODI-AP2567-I4")) {
            state += childrenSum(issue, "STATE");
            own += childrenSum(issue, "OWN_REVENUE");
        }
        assertThat(state).isEqualTo(5_707_818_000L);
        assertThat(own).isEqualTo(126_286_700L);
        assertThat(state + own).isEqualTo(5_834_104_700L).isEqualTo(baht("B-CODI-AP2567-ALL-2567-ACTION-PLAN"));
    }

    @Test
    void seed003RecurrentReserveAndActionPlanMakeTheOperatingBudget() {
        // 003:56-71 and Table D 003:567-580: 244.8450 + 10.0000 + 5,834.1047 = 6,088.9497 million baht
        assertThat(baht("B-CODI-AP2567-OWN_REVENUE-2567-RECURRENT") + baht("B-CODI-AP2567-OWN_REVENUE-2567-CENTRAL-RESERVE")
                + baht("B-CODI-AP2567-ALL-2567-ACTION-PLAN"))
                .isEqualTo(6_088_949_700L).isEqualTo(baht("B-CODI-AP2567-ALL-2567-OPERATING"));
        // 003:568-578: personnel 188.5569 + administration 45.2017 + investment 11.0864 = 244.8450
        assertThat(baht("B-CODI-AP2567-OWN_REVENUE-2567-PERSONNEL") + baht("B-CODI-AP2567-OWN_REVENUE-2567-ADMINISTRATION")
                + baht("B-CODI-AP2567-OWN_REVENUE-2567-INVESTMENT")).isEqualTo(244_845_000L);
    }

    @Test
    void seed003CountsAreTheDocuments() {
        // 003:48: 4 ประเด็นการพัฒนา, 13 แผนงานหลัก, 33 แผนงานย่อย (also 003:716-728)
        assertThat(count(plans, p -> p.get("id").matches("CODI-AP2567-I\\d"))).isEqualTo(4);
        assertThat(count(plans, p -> p.get("level").equals("PROGRAMME") && p.get("id").startsWith("CODI-AP2567"))).isEqualTo(13);
        assertThat(count(plans, p -> p.get("level").equals("SUB_PROGRAMME") && p.get("id").startsWith("CODI-AP2567"))).isEqualTo(33);
        // 2.2.1 (003:137-225): master plans 15, 16, 17, 21
        assertThat(plans).containsKeys("MP-15", "MP-16", "MP-17", "MP-21");
        // 003:46, 340: 6 state-funded projects in the request
        assertThat(count(budgets, b -> b.get("id").matches("B-CODI-AP2567-PJ\\d\\d-STATE-2567"))).isEqualTo(6);
    }

    // --- seed 004, CDD budget guideline FY2565 ---

    @Test
    void seed004NationalPlansAddUpToTheBudgetAct() {
        // 004:336: 63 plans; 004:298-300: 3,100,000 million baht in all
        assertThat(count(plans, p -> p.get("level").equals("BUDGET_PLAN"))).isEqualTo(63);
        long plansTotal = budgets.values().stream().filter(b -> b.get("id").matches("B-BP-2565-\\d\\d-2565(-\\d)?"))
                .mapToLong(b -> Long.parseLong(b.get("amountBaht"))).sum();
        assertThat(plansTotal).isEqualTo(3_100_000_000_000L).isEqualTo(baht("B-BS-2565-2565"));
        // each strategy's plans add up to its stated total, e.g. 5.1 security 387,909.6 million (004:342)
        for (int s = 1; s <= 7; s++) {
            String strategy = "BS-2565-" + s;
            long sum = partOf.stream().filter(r -> r.get("to").equals(strategy))
                    .flatMap(r -> funds.stream().filter(f -> f.get("to").equals(r.get("from"))))
                    .map(f -> budgets.get(f.get("from")))
                    .filter(b -> belongsTo(b, strategy))
                    .mapToLong(b -> Long.parseLong(b.get("amountBaht"))).sum();
            assertThat(sum).as(strategy).isEqualTo(baht("B-" + strategy + "-2565"));
        }
        assertThat(baht("B-BS-2565-1-2565")).isEqualTo(387_909_600_000L);
    }

    /** A plan listed under several strategies has one figure per strategy; the figure's line tells which. */
    private static boolean belongsTo(Map<String, String> budget, String strategy) {
        String line = budget.get("src").split("\\|")[0];
        return partOf.stream().anyMatch(p -> p.get("to").equals(strategy) && p.get("src").equals(line));
    }

    @Test
    void seed004CddPlansAddUpToTheDepartmentsAllocation() {
        // 004:624: 5,003,671,000 baht for CDD; its 7 plans (004:646-688)
        long sum = 0;
        for (int n = 1; n <= 7; n++) {
            sum += baht("B-CDD-2565-PL" + n + "-2565");
        }
        assertThat(sum).isEqualTo(5_003_671_000L).isEqualTo(baht("B-CDD-2565-2565"));
        // by expense type (004:638-642): personnel + operating + investment
        assertThat(baht("B-CDD-2565-2565-2") + baht("B-CDD-2565-2565-3") + baht("B-CDD-2565-2565-4")).isEqualTo(5_003_671_000L);
    }

    @Test
    void seed004OutputOneDoesNotAddUpAndBothFiguresAreKept() {
        // 004:1171 states 827,462,100 for output 1; its split at 004:1191/1213 adds to 836,968,100: 9,506,000 more
        long split = baht("B-CDD-2565-O1-2565-2") + baht("B-CDD-2565-O1-2565-3");
        assertThat(baht("B-CDD-2565-O1-2565")).isEqualTo(827_462_100L);
        assertThat(split - baht("B-CDD-2565-O1-2565")).isEqualTo(9_506_000L);
    }

    @Test
    void seed004CountsAreTheDocuments() {
        // 004:646-688: 7 plans, 2 outputs, 12 projects; Part 3 outline 004:1534-1742: 17 main activities and 55
        // budgeted lines, plus one activity stated only in Part 2 and one grouping that states its own total
        assertThat(count(plans, p -> p.get("id").matches("CDD-2565-PL\\d"))).isEqualTo(7);
        assertThat(count(plans, p -> p.get("level").equals("OUTPUT") && p.get("id").startsWith("CDD"))).isEqualTo(2);
        assertThat(count(projects, p -> p.get("kind").equals("PROJECT") && p.get("id").startsWith("CDD"))).isEqualTo(12);
        assertThat(count(projects, p -> p.get("kind").equals("ACTIVITY") && p.get("id").startsWith("CDD"))).isEqualTo(17 + 1);
        assertThat(count(projects, p -> p.get("kind").equals("SUB_ACTIVITY") && p.get("id").startsWith("CDD"))).isEqualTo(55 + 1);
        // 6 budget-allocation strategies (004:336) + the central items (5.7) + the whole allocation
        assertThat(count(plans, p -> p.get("level").equals("BUDGET_STRATEGY"))).isEqualTo(6 + 1 + 1);
    }

    // --- seed 000, CODI quarterly report Q4 FY2562 ---

    @Test
    void seed000LinkageTablesCoverTheirProvinces() throws IOException {
        // 000:337-469: the FY2563 linkage table numbers 38 provinces; the FY2562 table (000:328-335) 6, for which it
        // prints only the supported projects (and one community plan)
        var places = new java.util.ArrayList<>(DatasetCitationTests.rows(Path.of("data/TARGETS.csv")));
        places.addAll(DatasetCitationTests.rows(Path.of("data/LOCATED_IN.csv")));
        long fy2563 = places.stream().filter(r -> r.get("from").startsWith("CS-000-2563-")).map(r -> r.get("to")).distinct().count();
        // a FY2562 row's projects may reach into neighbouring provinces: count the rows' provinces (their ids)
        long fy2562 = java.util.stream.Stream.concat(plans.keySet().stream(), projects.keySet().stream())
                .map(id -> java.util.regex.Pattern.compile("^(?:CS|PJ)-000-2562-(TH-\\d\\d)-").matcher(id))
                .filter(java.util.regex.Matcher::find).map(m -> m.group(1)).distinct().count();
        assertThat(fy2563).isEqualTo(38);
        assertThat(fy2562).isEqualTo(6);
    }

    @Test
    void seed000WelfareMoneyBySourceAddsUpToTheFundTotal() throws IOException {
        // 000:645-651: members' money + state via CODI + local government + other government + other sources
        // = 15,503,158,822.23 baht (the satang kept exactly)
        Map<String, java.math.BigDecimal> values = new HashMap<>();
        DatasetCitationTests.rows(Path.of("data/Observation.csv"))
                .forEach(r -> values.put(r.get("id"), new java.math.BigDecimal(r.get("value"))));
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (String source : List.of("members", "government-via-codi", "local-government", "other-government", "other-sources")) {
            sum = sum.add(values.get("OBS-000-welfare-fund-" + source + "-RESULT-2562"));
        }
        assertThat(sum).isEqualByComparingTo("15503158822.23");
        assertThat(values.get("OBS-000-welfare-fund-total-RESULT-2562")).isEqualByComparingTo("15503158822.23");
    }
}
