package th.phakee.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    static Map<String, Map<String, String>> observations = new HashMap<>();
    static Map<String, String> indicatorOf = new HashMap<>();
    static Map<String, String> placeOf = new HashMap<>();
    /** Observations a CONFLICTS_WITH sets aside for another statement of the same figure: sums skip them. */
    static java.util.Set<String> setAside = new java.util.HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        DatasetCitationTests.rows(Path.of("data/Budget.csv")).forEach(r -> budgets.put(r.get("id"), r.toMap()));
        DatasetCitationTests.rows(Path.of("data/Plan.csv")).forEach(r -> plans.put(r.get("id"), r.toMap()));
        DatasetCitationTests.rows(Path.of("data/Project.csv")).forEach(r -> projects.put(r.get("id"), r.toMap()));
        funds = DatasetCitationTests.rows(Path.of("data/FUNDS.csv"));
        partOf = DatasetCitationTests.rows(Path.of("data/PART_OF.csv"));
        DatasetCitationTests.rows(Path.of("data/Observation.csv")).forEach(r -> observations.put(r.get("id"), r.toMap()));
        DatasetCitationTests.rows(Path.of("data/OF.csv")).forEach(r -> indicatorOf.put(r.get("from"), r.get("to")));
        DatasetCitationTests.rows(Path.of("data/FOR.csv")).stream().filter(r -> !r.get("to").startsWith("AG-"))
                .forEach(r -> placeOf.put(r.get("from"), r.get("to")));
        DatasetCitationTests.rows(Path.of("data/CONFLICTS_WITH.csv")).forEach(r -> setAside.add(r.get("from")));
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

    static BigDecimal value(String observationId) {
        assertThat(observations).as("observation").containsKey(observationId);
        return new BigDecimal(observations.get(observationId).get("value"));
    }

    /** CODI's five regions, in the order the regional tables of seed 000 print them. */
    static final List<String> CODI_REGIONS =
            List.of("CODI-R-NORTH", "CODI-R-NORTHEAST", "CODI-R-SOUTH", "CODI-R-CENTRAL-WEST", "CODI-R-BKK-EAST");

    /**
     * The regional figures of an observation in data/: observations OF the same indicator, FOR a CODI region, of the
     * same kind, fiscal year and quarter, whose id passes {@code ids} (for indicators with two regional series or two
     * documents), and not set aside by a CONFLICTS_WITH unless the national figure is too (a document's regions add
     * up to its own total). Two figures for one region (two partners of one region) add up.
     */
    static Map<String, BigDecimal> byRegion(String id, Predicate<String> ids) {
        Map<String, String> national = observations.get(id);
        Map<String, BigDecimal> figures = new TreeMap<>();
        observations.forEach((other, row) -> {
            if (ids.test(other) && placeOf.containsKey(other) && CODI_REGIONS.contains(placeOf.get(other))
                    && indicatorOf.get(id).equals(indicatorOf.get(other)) && row.get("kind").equals(national.get("kind"))
                    && row.get("fiscalYear").equals(national.get("fiscalYear")) && row.get("quarter").equals(national.get("quarter"))
                    && (setAside.contains(id) || !setAside.contains(other))) {
                figures.merge(placeOf.get(other), new BigDecimal(row.get("value")), BigDecimal::add);
            }
        });
        figures.replaceAll((region, figure) -> figure.stripTrailingZeros());
        return figures;
    }

    /**
     * Checks that data/ holds the source's regional figures of an observation (given north, northeast, south,
     * central/west, Bangkok/east; null where the source prints none) and returns their sum.
     */
    static BigDecimal regionalSum(String id, Predicate<String> ids, Object... northNortheastSouthCentralWestBkkEast) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (int i = 0; i < CODI_REGIONS.size(); i++) {
            Object figure = northNortheastSouthCentralWestBkkEast[i];
            if (figure != null) {
                expected.put(CODI_REGIONS.get(i), new BigDecimal(figure.toString()).stripTrailingZeros());
            }
        }
        assertThat(byRegion(id, ids)).as("regions of " + id).isEqualTo(expected);
        return expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal regionalSum(String id, Object... northNortheastSouthCentralWestBkkEast) {
        return regionalSum(id, other -> true, northNortheastSouthCentralWestBkkEast);
    }

    /** The regional figures are the source's and add up to the stated total, which is the observation's value. */
    static void regionsAddUp(String id, String total, Object... northNortheastSouthCentralWestBkkEast) {
        assertThat(regionalSum(id, northNortheastSouthCentralWestBkkEast)).as("sum of the regions of " + id).isEqualByComparingTo(total);
        assertThat(value(id)).as(id).isEqualByComparingTo(total);
    }

    /**
     * Checks that data/ holds the source's quarterly figures (ids from {@code pattern}, %d the quarter; null where the
     * source prints none, and then data/ has none) with their quarter, and returns their sum.
     */
    static BigDecimal quarterlySum(String pattern, Object... q1ToQ4) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
            String id = String.format(pattern, q);
            if (q1ToQ4[q - 1] == null) {
                assertThat(observations).as("no figure printed for Q" + q).doesNotContainKey(id);
                continue;
            }
            BigDecimal figure = new BigDecimal(q1ToQ4[q - 1].toString());
            assertThat(value(id)).as(id).isEqualByComparingTo(figure);
            assertThat(observations.get(id).get("quarter")).as(id).isEqualTo(String.valueOf(q));
            sum = sum.add(figure);
        }
        return sum;
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
        // 003:46, 340: "จำนวน 6 โครงการ วงเงินงบประมาณรวม 5,707.8180 ล้านบาท": the state figures printed on the rows of
        // projects 1.1.3 (003:518), 2.1 (521), 3.1 (522), 4.1 (527) and 8.1 (544), and programme 7's 107.9300 (537),
        // whose council project (003:113, 464) Table C does not name on that row; the housing components of 3.1 (522)
        // are parts of its figure, not projects of the six
        List<String> sixProjects = List.of("PJ01", "PJ02", "PJ03", "PJ09", "PJ11");
        assertThat(count(budgets, b -> b.get("id").matches("B-CODI-AP2567-PJ\\d\\d-STATE-2567") && partOf.stream()
                .noneMatch(r -> r.get("from").equals(b.get("id")) && r.get("to").endsWith("-STATE-2567")))).isEqualTo(sixProjects.size());
        long six = baht("B-CODI-AP2567-P07-STATE-2567");
        for (String project : sixProjects) {
            six += baht("B-CODI-AP2567-" + project + "-STATE-2567");
        }
        assertThat(six).isEqualTo(5_707_818_000L);
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
        // and the two sub-activities of activity 2 of P08 ("แบ่งเป็น 2 กิจกรรมย่อย", 004:4263), whose figures 004:4352 and 4358 state
        assertThat(count(projects, p -> p.get("kind").equals("SUB_ACTIVITY") && p.get("id").startsWith("CDD"))).isEqualTo(55 + 1 + 2);
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
        // (001:272 states the same five figures at Q4; one observation each, cited from both documents)
        for (String source : List.of("members", "codi", "lao", "othergov", "other-all")) {
            sum = sum.add(values.get("OBS-001-welfare-money-" + source + "-TH-2562-q4"));
        }
        assertThat(sum).isEqualByComparingTo("15503158822.23");
        assertThat(values.get("OBS-001-welfare-fund-money-TH-2562-q4")).isEqualByComparingTo("15503158822.23");
    }

    @Test
    void seed000RegionalResultsAddUpToTheNationalOnes() {
        // regions in the order north, northeast, south, central/west, Bangkok/east
        // 000:30-36 (and the table in 000:25): 518 tambon plans = 103 + 103 + 104 + 105 + 103; target 510 = 5 x 102
        regionsAddUp("OBS-000-1.1-RESULT-2562", "518", 103, 103, 104, 105, 103);
        regionsAddUp("OBS-000-1.1-TARGET-2562", "510", 102, 102, 102, 102, 102);
        // 000:44-52: provinces, target 39 = 8 + 10 + 7 + 8 + 6; linked and reporting in 2562 6 = 3 + 1 + 1 + 1 + "-";
        // linked to the 2563 provincial strategy 33 = 9 + 2 + 8 + 9 + 5; to agencies in 2563 5 = "-" + 3 + "-" + "-" + 2
        regionsAddUp("OBS-000-1.2-TARGET-2562", "39", 8, 10, 7, 8, 6);
        regionsAddUp("OBS-000-1.2-linked2562-RESULT-2562", "6", 3, 1, 1, 1, null);
        regionsAddUp("OBS-000-1.2-strategy2563-RESULT-2562", "33", 9, 2, 8, 9, 5);
        regionsAddUp("OBS-000-1.2-agency2563-RESULT-2562", "5", null, 3, null, null, 2);
        // 000:42: 44 provinces = 6 + 33 + 5
        assertThat(value("OBS-000-1.2-linked2562-RESULT-2562").add(value("OBS-000-1.2-strategy2563-RESULT-2562"))
                .add(value("OBS-000-1.2-agency2563-RESULT-2562"))).isEqualByComparingTo("44").isEqualByComparingTo(value("OBS-000-1.2-RESULT-2562"));
        // 000:504-509: บ้านพอเพียงชนบท households 12,550 = 2,454 + 2,826 + 2,303 + 2,584 + 2,383
        regionsAddUp("OBS-000-2.2-RESULT-2562", "12550", 2454, 2826, 2303, 2584, 2383);
        // 000:523: temporary housing 1,416 households = (4) NE 784 + (3) S 427 + (2) C/W 19 + (1) BKK/E 186; no northern figure
        regionsAddUp("OBS-000-2.4-RESULT-2562", "1416", null, 784, 427, 19, 186);
        // 000:552-558: community business plans 119 = S 22 + C/W 39 + N 16 + BKK/E 21 + NE 21
        regionsAddUp("OBS-000-3-RESULT-2562", "119", 16, 21, 22, 39, 21);
        // 000:581-588 (and 000:113-120): new tambon councils 490 = 105 + 257 + 38 + 51 + 39; target 534 = 104 + 307 + 38 + 47 + 38
        regionsAddUp("OBS-000-4.2-1-RESULT-2562", "490", 105, 257, 38, 51, 39);
        regionsAddUp("OBS-000-4.2-1-TARGET-2562", "534", 104, 307, 38, 47, 38);
        // 000:598-605 (and 000:123-131): councils' proposals 1,691 = 316 + 611 + 265 + 326 + 173
        regionsAddUp("OBS-000-4.2-2-RESULT-2562", "1691", 316, 611, 265, 326, 173);
        // the same tables' target: 314 + 607 + 262 + 322 + 171 = 1,676, printed total 1,670 (also 000:121, 594): 6 more
        assertThat(value("OBS-000-4.2-2-TARGET-2562")).isEqualByComparingTo("1670");
        assertThat(regionalSum("OBS-000-4.2-2-TARGET-2562", 314, 607, 262, 322, 171)).isEqualByComparingTo("1676");
        // 000:638-643: welfare funds co-funded 1,507 = 202 + 440 + 412 + 274 + 179; members co-funded
        // 1,291,890 = 195,751 + 421,557 + 321,410 + 185,185 + 167,987; funds improved 1,409 = 171 + 441 + 380 + 200 + 217
        regionsAddUp("OBS-000-4.3-matched-RESULT-2562", "1507", 202, 440, 412, 274, 179);
        regionsAddUp("OBS-000-4.3-members-RESULT-2562", "1291890", 195751, 421557, 321410, 185185, 167987);
        regionsAddUp("OBS-000-4.3-quality-RESULT-2562", "1409", 171, 441, 380, 200, 217);
        // 000:154-159: improved without co-funding 367 = 5 + 151 + 96 + 25 + 90; all funds 1,874 = 207 + 591 + 508 + 299 + 269
        // (each region's 202 + 5 = 207 …; 1,507 + 367 = 1,874)
        regionsAddUp("OBS-000-4.3-quality-only-RESULT-2562", "367", 5, 151, 96, 25, 90);
        regionsAddUp("OBS-000-4.3-RESULT-2562", "1874", 207, 591, 508, 299, 269);
        assertThat(value("OBS-000-4.3-matched-RESULT-2562").add(value("OBS-000-4.3-quality-only-RESULT-2562"))).isEqualByComparingTo("1874");
        // target funds: 199 + 585 + 511 + 187 + 228 = 1,710 as the tables total it (000:159, 643), but 000:148 and 629
        // state 1,700: 10 more; data/ keeps both
        assertThat(regionalSum("OBS-000-4.3-TARGET-2562", 199, 585, 511, 187, 228)).isEqualByComparingTo("1710")
                .isEqualByComparingTo(value("OBS-000-4.3-TARGET-2562-ALT"));
        assertThat(value("OBS-000-4.3-TARGET-2562")).isEqualByComparingTo("1700");
        // 000:174-180: 121 organisations trained with 6 universities = แม่โจ้ 10 + มหาสารคาม 12 + สุราษฎร์ธานี 20
        // + กาญจนบุรี 11 + นครสวรรค์ 45 + ราชพฤกษ์ 23 (two in the central/west region)
        regionsAddUp("OBS-000-6-org-RESULT-2562", "121", 10, 12, 20, 11 + 45, 23);
        // 000:692-700: knowledge sets 539 = 105 + 110 + 112 + 101 + 111; target 500 = 5 x 100
        regionsAddUp("OBS-000-7.1-RESULT-2562", "539", 105, 110, 112, 101, 111);
        regionsAddUp("OBS-000-7.1-TARGET-2562", "500", 100, 100, 100, 100, 100);
        // by quarter: Q1 35 = 11 + 10 + 4 + 6 + 4; Q2 99 = "-" + 35 + 44 + 14 + 6; Q3 131 = 24 + 35 + 15 + 51 + 6;
        // Q4 274 = 70 + 30 + 49 + 30 + 95
        regionsAddUp("OBS-000-7.1-RESULT-Q1", "35", 11, 10, 4, 6, 4);
        // 000 prints no North figure for Q2; 001:713 prints "-", kept as 0 (one indicator for both documents since #14)
        regionsAddUp("OBS-000-7.1-RESULT-Q2", "99", 0, 35, 44, 14, 6);
        regionsAddUp("OBS-000-7.1-RESULT-Q3", "131", 24, 35, 15, 51, 6);
        regionsAddUp("OBS-000-7.1-RESULT-Q4", "274", 70, 30, 49, 30, 95);
    }

    @Test
    void seed000CouncilGradesAddUpByRegionYearAndGrade() {
        // 000:615-623: quality review of tambon councils, grades A/B/C in 2561, in 2562, and all reviews. 001:219-228
        // prints the same table, so each figure is one observation cited from both documents (001's ids)
        for (String grade : List.of("a", "b", "c")) {
            for (String id : List.of("OBS-001-council-grade-" + grade + "-TH-2562", "OBS-001-council-grade-" + grade + "-annual-TH-2561",
                    "OBS-001-council-grade-" + grade + "-annual-TH-2562", "OBS-001-council-grade-" + grade + "-N-2562")) {
                assertThat(observations.get(id).get("src")).as(id).contains("000:").contains("001:");
            }
        }
        assertThat(regionalSum("OBS-001-council-grade-a-annual-TH-2561", 0, 0, 0, 2, 0)).isEqualByComparingTo("2");
        assertThat(regionalSum("OBS-001-council-grade-b-annual-TH-2561", 0, 7, 0, 11, 2)).isEqualByComparingTo("20");
        assertThat(regionalSum("OBS-001-council-grade-c-annual-TH-2561", 2, 3, 1, 46, 2)).isEqualByComparingTo("54");
        assertThat(regionalSum("OBS-001-council-grade-a-annual-TH-2562", 66, 95, 6, 44, 16)).isEqualByComparingTo("227");
        assertThat(regionalSum("OBS-001-council-grade-b-annual-TH-2562", 351, 148, 11, 39, 33)).isEqualByComparingTo("582");
        assertThat(regionalSum("OBS-001-council-grade-c-annual-TH-2562", 485, 203, 38, 56, 30)).isEqualByComparingTo("812");
        assertThat(regionalSum("OBS-001-council-grade-a-TH-2562", 66, 95, 6, 46, 16)).isEqualByComparingTo("229");
        assertThat(regionalSum("OBS-001-council-grade-b-TH-2562", 351, 155, 11, 50, 35)).isEqualByComparingTo("602");
        assertThat(regionalSum("OBS-001-council-grade-c-TH-2562", 487, 206, 39, 102, 32)).isEqualByComparingTo("866");
        assertThat(regionalSum("OBS-000-4.2-qa-RESULT-2561-2562", 904, 456, 56, 198, 83)).isEqualByComparingTo("1697");
        // 000:623: 2 + 227 = 229, 20 + 582 = 602, 54 + 812 = 866; 229 + 602 + 866 = 1,697
        for (String grade : List.of("a", "b", "c")) {
            String stem = "OBS-001-council-grade-" + grade;
            assertThat(value(stem + "-annual-TH-2561").add(value(stem + "-annual-TH-2562"))).as(grade)
                    .isEqualByComparingTo(value(stem + "-TH-2562"));
        }
        assertThat(value("OBS-001-council-grade-a-TH-2562").add(value("OBS-001-council-grade-b-TH-2562"))
                .add(value("OBS-001-council-grade-c-TH-2562"))).isEqualByComparingTo("1697")
                .isEqualByComparingTo(value("OBS-000-4.2-qa-RESULT-2561-2562"));
    }

    @Test
    void seed000QuarterlyResultsAddUpToTheAnnualOnes() {
        // the summary table's quarter columns (Q1 … Q4), "(ผล …)" for results; "-" or nothing printed is null
        // 000:25: 38 + 134 + 82 + 264 = 518; targets 39 + 173 + 221 + 77 = 510
        assertThat(quarterlySum("OBS-000-1.1-RESULT-Q%d", 38, 134, 82, 264)).isEqualByComparingTo("518").isEqualByComparingTo(value("OBS-000-1.1-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-1.1-TARGET-Q%d", 39, 173, 221, 77)).isEqualByComparingTo("510").isEqualByComparingTo(value("OBS-000-1.1-TARGET-2562"));
        // 000:42: 1 + 8 + 7 + 28 = 44; targets 1 + 8 + 16 + 14 = 39
        assertThat(quarterlySum("OBS-000-1.2-RESULT-Q%d", 1, 8, 7, 28)).isEqualByComparingTo("44").isEqualByComparingTo(value("OBS-000-1.2-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-1.2-TARGET-Q%d", 1, 8, 16, 14)).isEqualByComparingTo("39").isEqualByComparingTo(value("OBS-000-1.2-TARGET-2562"));
        // 000:58: regions 1 + 1 ("- (ผล 1 ภาค)") + none + 3 = 5, the five regions of the text; the annual cell prints
        // "ผล 3 ภาค" (kept as -ALT): 2 fewer. Targets 1 + "-" + 1 + 3 = 5
        assertThat(quarterlySum("OBS-000-1.3-RESULT-Q%d", 1, 1, null, 3)).isEqualByComparingTo("5").isEqualByComparingTo(value("OBS-000-1.3-RESULT-2562"));
        assertThat(value("OBS-000-1.3-RESULT-2562-ALT")).isEqualByComparingTo("3");
        assertThat(quarterlySum("OBS-000-1.3-TARGET-Q%d", 1, null, 1, 3)).isEqualByComparingTo("5").isEqualByComparingTo(value("OBS-000-1.3-TARGET-2562"));
        // 000:64: households 10,277 + 5,601 + 2,260 + (Q4 none) = 18,138; targets 5,650 + 6,625 + 2,915 + 1,810 = 17,000;
        // by project 5,588 + 12,550 = 18,138 and 5,500 + 11,500 = 17,000
        assertThat(quarterlySum("OBS-000-2.1-2.2-RESULT-Q%d", 10277, 5601, 2260, null)).isEqualByComparingTo("18138").isEqualByComparingTo(value("OBS-000-2.1-2.2-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-2.1-2.2-TARGET-Q%d", 5650, 6625, 2915, 1810)).isEqualByComparingTo("17000").isEqualByComparingTo(value("OBS-000-2.1-2.2-TARGET-2562"));
        assertThat(value("OBS-000-2.1-RESULT-2562").add(value("OBS-000-2.2-RESULT-2562"))).isEqualByComparingTo("18138");
        assertThat(value("OBS-000-2.1-TARGET-2562").add(value("OBS-000-2.2-TARGET-2562"))).isEqualByComparingTo("17000");
        // 000:86: 73 + 400 + 125 + 818 = 1,416; targets 200 + 300 + 200 + 300 = 1,000
        assertThat(quarterlySum("OBS-000-2.4-RESULT-Q%d", 73, 400, 125, 818)).isEqualByComparingTo("1416").isEqualByComparingTo(value("OBS-000-2.4-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-2.4-TARGET-Q%d", 200, 300, 200, 300)).isEqualByComparingTo("1000").isEqualByComparingTo(value("OBS-000-2.4-TARGET-2562"));
        // 000:99: only Q4 has a result, 119; targets "-" + 30 + 40 + 30 = 100
        assertThat(quarterlySum("OBS-000-3-RESULT-Q%d", null, null, null, 119)).isEqualByComparingTo("119").isEqualByComparingTo(value("OBS-000-3-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-3-TARGET-Q%d", null, 30, 40, 30)).isEqualByComparingTo("100").isEqualByComparingTo(value("OBS-000-3-TARGET-2562"));
        // 000:105: 653 + 865 + 2,199 + 313 = 4,030; targets 450 + 850 + 400 + 300 = 2,000
        assertThat(quarterlySum("OBS-000-4.1-RESULT-Q%d", 653, 865, 2199, 313)).isEqualByComparingTo("4030").isEqualByComparingTo(value("OBS-000-4.1-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-4.1-TARGET-Q%d", 450, 850, 400, 300)).isEqualByComparingTo("2000").isEqualByComparingTo(value("OBS-000-4.1-TARGET-2562"));
        // 000:110: 21 + 37 + 107 + 325 = 490; targets 35 + 151 + 287 + 62 = 535 against the annual 534: 1 more
        assertThat(quarterlySum("OBS-000-4.2-1-RESULT-Q%d", 21, 37, 107, 325)).isEqualByComparingTo("490").isEqualByComparingTo(value("OBS-000-4.2-1-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-4.2-1-TARGET-Q%d", 35, 151, 287, 62)).isEqualByComparingTo("535");
        assertThat(value("OBS-000-4.2-1-TARGET-2562")).isEqualByComparingTo("534");
        // 000:121: "ไม่มีผลการดำเนินการ" + 21 + 177 + 1,493 = 1,691; targets 10 + 548 + 716 + 402 = 1,676 against the
        // annual 1,670: 6 more, as the regions (000:598-605)
        assertThat(quarterlySum("OBS-000-4.2-2-RESULT-Q%d", null, 21, 177, 1493)).isEqualByComparingTo("1691").isEqualByComparingTo(value("OBS-000-4.2-2-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-4.2-2-TARGET-Q%d", 10, 548, 716, 402)).isEqualByComparingTo("1676");
        // 000:148: 339 + 1,142 + 192 + 201 = 1,874; targets 300 + 871 + 379 + 160 = 1,710 against the annual 1,700: 10
        // more, as the regions (000:159)
        assertThat(quarterlySum("OBS-000-4.3-RESULT-Q%d", 339, 1142, 192, 201)).isEqualByComparingTo("1874").isEqualByComparingTo(value("OBS-000-4.3-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-4.3-TARGET-Q%d", 300, 871, 379, 160)).isEqualByComparingTo("1710").isEqualByComparingTo(value("OBS-000-4.3-TARGET-2562-ALT"));
        // 000:165: 34 + 125 + 146 + 35 = 340; targets "-" + 100 + 200 + 100 = 400
        assertThat(quarterlySum("OBS-000-5-RESULT-Q%d", 34, 125, 146, 35)).isEqualByComparingTo("340").isEqualByComparingTo(value("OBS-000-5-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-5-TARGET-Q%d", null, 100, 200, 100)).isEqualByComparingTo("400").isEqualByComparingTo(value("OBS-000-5-TARGET-2562"));
        // 000:174: agencies 2 + (none) + 4 + (none) = 6, targets "-" + 2 + 2 + 1 = 5; organisations "-" + 12 + 69 + 40
        // = 121, targets "-" + 20 + 20 + 10 = 50
        assertThat(quarterlySum("OBS-000-6-RESULT-Q%d", 2, null, 4, null)).isEqualByComparingTo("6").isEqualByComparingTo(value("OBS-000-6-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-6-TARGET-Q%d", null, 2, 2, 1)).isEqualByComparingTo("5").isEqualByComparingTo(value("OBS-000-6-TARGET-2562"));
        assertThat(quarterlySum("OBS-000-6-org-RESULT-Q%d", null, 12, 69, 40)).isEqualByComparingTo("121").isEqualByComparingTo(value("OBS-000-6-org-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-6-org-TARGET-Q%d", null, 20, 20, 10)).isEqualByComparingTo("50").isEqualByComparingTo(value("OBS-000-6-org-TARGET-2562"));
        // 000:190 and 000:700: 35 + 99 + 131 + 274 = 539; targets 20 + 140 + 220 + 120 = 500
        assertThat(quarterlySum("OBS-000-7.1-RESULT-Q%d", 35, 99, 131, 274)).isEqualByComparingTo("539").isEqualByComparingTo(value("OBS-000-7.1-RESULT-2562"));
        assertThat(quarterlySum("OBS-000-7.1-TARGET-Q%d", 20, 140, 220, 120)).isEqualByComparingTo("500").isEqualByComparingTo(value("OBS-000-7.1-TARGET-2562"));
    }

    /**
     * Budget per province of the projects of a linkage table (ids starting with {@code idPrefix}): the budgets that
     * FUND a project, less those that are a stated PART_OF another budget, added up over the provinces the project
     * is LOCATED_IN. Partner money (all of the table's) counts with its project.
     */
    static Map<String, Long> budgetByProvince(String idPrefix) throws IOException {
        Set<String> provinces = new HashSet<>();
        DatasetCitationTests.rows(Path.of("data/Province.csv")).forEach(r -> provinces.add(r.get("id")));
        List<CSVRecord> locatedIn = DatasetCitationTests.rows(Path.of("data/LOCATED_IN.csv"));
        Set<String> parts = new HashSet<>();
        partOf.stream().filter(r -> budgets.containsKey(r.get("from"))).forEach(r -> parts.add(r.get("from")));
        Map<String, Long> sums = new TreeMap<>();
        for (CSVRecord fund : funds) {
            String project = fund.get("to");
            if (project.startsWith(idPrefix) && projects.containsKey(project) && !parts.contains(fund.get("from"))) {
                locatedIn.stream().filter(r -> r.get("from").equals(project) && provinces.contains(r.get("to")))
                        .forEach(r -> sums.merge(r.get("to"), baht(fund.get("from")), Long::sum));
            }
        }
        return sums;
    }

    @Test
    void seed000Fy2563LinkageTableBudgetsPerProvinceAreTheSources() throws IOException {
        // 000:337-469, outcome column: every amount of a province's row(s), added by hand; continuation rows after a
        // page break belong to the last numbered row before it
        Map<String, Long> expected = new TreeMap<>();
        // ภาคเหนือ, 9 provinces (000:341)
        expected.put("TH-57", 3_192_000L);   // เชียงราย 342: 1,904,000 + 1,288,000 (two activities; the project states no total)
        expected.put("TH-55", 2_810_000L);   // น่าน 343-344: 2,560,000 + 250,000 (both "ประจำปีงบประมาณ พ.ศ. 2562")
        expected.put("TH-56", 800_000L);     // พะเยา 345: 500,000 + 300,000
        expected.put("TH-67", 1_500_000L);   // เพชรบูรณ์ 346, 353: 1,000,000 + 500,000
        expected.put("TH-52", 2_000_000L);   // ลำปาง 354: 1,000,000 + 1,000,000
        expected.put("TH-63", 57_135_400L);  // ตาก 355-357: 39,965,400 + 15,120,000 + 2,050,000
        expected.put("TH-65", 3_050_000L);   // พิษณุโลก 358-360, 366: 2,000,000 + 400,000 + 150,000 + 500,000 ("4 โครงการ")
        expected.put("TH-54", 1_220_000L);   // แพร่ 367: 420,000 + 800,000 (its 85,900 = 38,800 + 28,100 + 19,000 is part of the 420,000)
        expected.put("TH-64", 73_150L);      // สุโขทัย 368: 73,150
        // ภาคตะวันออกเฉียงเหนือ, 3 + 2 provinces (000:369)
        expected.put("TH-41", 1_000_000L);   // อุดรธานี 370: 1,000,000
        expected.put("TH-36", 44_929_544L);  // ชัยภูมิ 371, 378: 260,744 + 44,668,800
        expected.put("TH-47", 271_800L);     // สกลนคร 379: 271,800
        expected.put("TH-30", 37_629_000L);  // นครราชสีมา 380: 37,629,000 (its 600,000 is ลบ.ม. of water)
        expected.put("TH-49", 337_500L);     // มุกดาหาร 381: 337,500
        // ภาคใต้, 8 provinces (000:382)
        expected.put("TH-93", 14_100_000L);  // พัทลุง 383, 384, 390: 13,000,000 (5 activities, no amounts) + 500,000 + 600,000
        expected.put("TH-81", 1_000_000L);   // กระบี่ 391: 1,000,000
        expected.put("TH-85", 450_000L);     // ระนอง 392: 450,000
        expected.put("TH-83", 300_000L);     // ภูเก็ต 393: 300,000 (25 August 2562)
        expected.put("TH-91", 519_900L);     // สตูล 394: 100,000 + 419,900
        expected.put("TH-96", 2_100_000L);   // นราธิวาส 403: 2,100,000 (21 tambons x 100,000)
        expected.put("TH-95", 200_000L);     // ยะลา 404: 200,000 (2 tambons x 100,000)
        expected.put("TH-94", 200_000L);     // ปัตตานี 405: 200,000 (2 tambons x 100,000)
        // ภาคกลางและตะวันตก, 9 provinces (000:406)
        expected.put("TH-18", 1_473_850L);   // ชัยนาท 407, 415: 500,000 + 200,000 + 492,000 + 47,400 + 28,300 + 28,300 + 61,350 + 58,250 + 58,250
        expected.put("TH-71", 136_912_500L); // กาญจนบุรี 416, 423-425: 25,465,000 + 885,400 + 995,100 (on 423) + 5,000,000 + 6,095,000
                                             // + 27,995,700 + 30,295,000 + 24,896,300 + 2,920,000 + 5,550,000 + 6,815,000
        expected.put("TH-75", 6_800_000L);   // สมุทรสงคราม 426, 434: 1,500,000 (on 434) + 4,000,000 + 1,300,000; the Saraburi
                                             // welfare-fund outcome on 434 prints no amount
        expected.put("TH-70", 1_600_000L);   // ราชบุรี 435: 1,600,000
        expected.put("TH-19", 14_300_000L);  // สระบุรี 436, 443-444: 400,000 + 12,000,000 + 1,500,000 (printed without บาท) + 400,000
        expected.put("TH-61", 5_448_200L);   // อุทัยธานี 445: 2,000,000 + 2,448,200 + 1,000,000
        expected.put("TH-77", 2_483_100L);   // ประจวบคีรีขันธ์ 446: 527,300 + 1,955,800 (printed "1,955, 800")
        expected.put("TH-16", 5_000_000L);   // ลพบุรี 447, 453: 5,000,000
        expected.put("TH-60", 4_694_700L);   // นครสวรรค์ 454: 4,694,700
        // กรุงเทพฯ ปริมณฑลและตะวันออก, 5 + 2 provinces (000:455)
        expected.put("TH-27", 593_848L);     // สระแก้ว 456: 193,848 + 400,000
        expected.put("TH-21", 4_500_000L);   // ระยอง 457: 500,000 + 4,000,000
        expected.put("TH-10", 216_400L);     // กรุงเทพมหานคร 458, 465: 216,400
        expected.put("TH-25", 1_285_000L);   // ปราจีนบุรี 466: 535,000 + 750,000
        expected.put("TH-24", 1_000_000L);   // ฉะเชิงเทรา 467: 1,000,000
        // ตราด 468: no amount (546 permits in 4 tambons), so no entry
        expected.put("TH-13", 4_773_200L);   // ปทุมธานี 469: 4,773,200
        assertThat(expected).hasSize(38 - 1);
        assertThat(budgetByProvince("PJ-000-2563-")).isEqualTo(expected);
        // no total is printed; the rows above add up to 365,899,092 baht
        assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(365_899_092L);
        // all of it is partner agencies' money, each budget FROM the agency that gave it
        Set<String> from = new HashSet<>();
        DatasetCitationTests.rows(Path.of("data/FROM.csv")).forEach(r -> from.add(r.get("from")));
        funds.stream().filter(f -> f.get("to").startsWith("PJ-000-2563-")).map(f -> f.get("from")).forEach(b -> {
            assertThat(budgets.get(b).get("source")).as(b).isEqualTo("PARTNER");
            assertThat(from).as(b + " FROM").contains(b);
        });
    }

    @Test
    void seed000Fy2562LinkageTableBudgetsAreTheSources() throws IOException {
        // 000:330-335: only เพชรบุรี (335) prints amounts: สช. 400,000 + 420,000, สภาพัฒน์ 150,000 = 970,000; the
        // 420,000 charter work ran in สุพรรณบุรี, กาญจนบุรี and เพชรบุรี, so it also counts there
        assertThat(budgetByProvince("PJ-000-2562-")).isEqualTo(Map.of("TH-76", 970_000L, "TH-72", 420_000L, "TH-71", 420_000L));
        Map<String, Long> byFunder = new TreeMap<>();
        DatasetCitationTests.rows(Path.of("data/FROM.csv")).stream().filter(r -> r.get("from").startsWith("B-PJ-000-2562-"))
                .forEach(r -> byFunder.merge(r.get("to"), baht(r.get("from")), Long::sum));
        assertThat(byFunder).isEqualTo(Map.of("AG-NHCO", 400_000L + 420_000L, "AG-NESDC", 150_000L));
    }

    // --- seed 001, CODI councils and welfare report FY2562 ---

    @Test
    void seed001CouncilsAddUpByRegionAndQuarter() {
        // regions in the order north, northeast, south, central/west, Bangkok/east (the tables of 001 print them in
        // another order; the lines give it)
        // 001:219-228: grades of all reviews 2561-2562, A 229 + B 602 + C 866 = 1,697
        regionsAddUp("OBS-001-council-grade-a-TH-2562", "229", 66, 95, 6, 46, 16);
        regionsAddUp("OBS-001-council-grade-b-TH-2562", "602", 351, 155, 11, 50, 35);
        regionsAddUp("OBS-001-council-grade-c-TH-2562", "866", 487, 206, 39, 102, 32);
        regionsAddUp("OBS-000-4.2-qa-RESULT-2561-2562", "1697", 904, 456, 56, 198, 83);
        assertThat(value("OBS-001-council-grade-a-TH-2562").add(value("OBS-001-council-grade-b-TH-2562"))
                .add(value("OBS-001-council-grade-c-TH-2562"))).isEqualByComparingTo("1697");
        // the year columns: 2561 A 2, B 20, C 54; 2562 A 227, B 582, C 812
        regionsAddUp("OBS-001-council-grade-a-annual-TH-2561", "2", 0, 0, 0, 2, 0);
        regionsAddUp("OBS-001-council-grade-b-annual-TH-2561", "20", 0, 7, 0, 11, 2);
        regionsAddUp("OBS-001-council-grade-c-annual-TH-2561", "54", 2, 3, 1, 46, 2);
        regionsAddUp("OBS-001-council-grade-a-annual-TH-2562", "227", 66, 95, 6, 44, 16);
        regionsAddUp("OBS-001-council-grade-b-annual-TH-2562", "582", 351, 148, 11, 39, 33);
        regionsAddUp("OBS-001-council-grade-c-annual-TH-2562", "812", 485, 203, 38, 56, 30);
        // 001:57-64: new councils by quarter, 21 + 37 + 107 + 205 = 370 (001:51), target 534
        // Q1-Q3 and the target are 000's figures too (000:577-588), one observation each; 001's year (370) and Q4
        // (205, July-August only) are set aside for 000's 490 and 325
        assertThat(value("OBS-000-4.2-1-RESULT-Q1").add(value("OBS-000-4.2-1-RESULT-Q2")).add(value("OBS-000-4.2-1-RESULT-Q3"))
                .add(value("OBS-001-councils-new-TH-2562-q4"))).isEqualByComparingTo("370")
                .isEqualByComparingTo(value("OBS-001-councils-new-TH-2562"));
        assertThat(setAside).contains("OBS-001-councils-new-TH-2562", "OBS-001-councils-new-TH-2562-q4");
        Predicate<String> of001 = id -> id.startsWith("OBS-001-");
        assertThat(regionalSum("OBS-001-councils-new-TH-2562", of001, 89, 166, 40, 39, 36)).isEqualByComparingTo("370");
        regionsAddUp("OBS-000-4.2-1-TARGET-2562", "534", 104, 307, 38, 47, 38);
        assertThat(observations.get("OBS-000-4.2-1-TARGET-2562").get("src")).contains("001:64");
        regionsAddUp("OBS-000-4.2-1-RESULT-Q1", "21", 1, 9, 2, 5, 4);
        regionsAddUp("OBS-000-4.2-1-RESULT-Q2", "37", 5, 0, 7, 14, 11);
        regionsAddUp("OBS-000-4.2-1-RESULT-Q3", "107", 31, 41, 7, 12, 16);
        assertThat(regionalSum("OBS-001-councils-new-TH-2562-q4", of001, 52, 116, 24, 8, 5)).isEqualByComparingTo("205");
        // each region's quarters make its year: N 1 + 5 + 31 + 52 = 89, NE 9 + 0 + 41 + 116 = 166, S 2 + 7 + 7 + 24 = 40,
        // C/W 5 + 14 + 12 + 8 = 39, BKK/E 4 + 11 + 16 + 5 = 36
        // (each of those figures is pinned above)
        for (String region : List.of("N", "NE", "S", "CW", "BKE")) {
            String stem = "OBS-001-councils-new-" + region + "-2562";
            assertThat(value(stem + "-q1").add(value(stem + "-q2")).add(value(stem + "-q3")).add(value(stem + "-q4")))
                    .as(region).isEqualByComparingTo(value(stem));
        }
        // 001:132-139: councils with their registration file attached, a running count (quarters do not add up):
        // Q1 6,122 = 1,278 + 1,787 + 1,140 + 1,371 + 546; Q3 6,212; Q4 6,375; Q2's regions give 1,282 + 1,787 + 1,174
        // + 1,373 + 555 = 6,171, printed 6,144: 27 more
        regionsAddUp("OBS-001-councils-js0203-attached-TH-2562-q1", "6122", 1278, 1787, 1140, 1371, 546);
        assertThat(regionalSum("OBS-001-councils-js0203-attached-TH-2562-q2", 1282, 1787, 1174, 1373, 555)).isEqualByComparingTo("6171");
        assertThat(value("OBS-001-councils-js0203-attached-TH-2562-q2")).isEqualByComparingTo("6144");
        regionsAddUp("OBS-001-councils-js0203-attached-TH-2562-q3", "6212", 1303, 1787, 1153, 1396, 573);
        regionsAddUp("OBS-001-councils-js0203-attached-TH-2562-q4", "6375", 1344, 1877, 1174, 1402, 578);
        // and attached 6,375 + not attached 1,291 = 7,666 councils (001:139)
        regionsAddUp("OBS-001-councils-js0203-missing-TH-2562-q4", "1291", 112, 933, 4, 39, 203);
        assertThat(value("OBS-001-councils-js0203-attached-TH-2562-q4").add(value("OBS-001-councils-js0203-missing-TH-2562-q4")))
                .isEqualByComparingTo("7666").isEqualByComparingTo(value("OBS-001-councils-TH-2562"));
        // 001:711-718: knowledge sets by quarter; Q4 274 = 70 + 30 + 49 + 30 + 95, the same figures as 000:190-198, so
        // one observation each, cited from both documents
        regionsAddUp("OBS-000-7.1-RESULT-Q4", "274", 70, 30, 49, 30, 95);
        assertThat(observations.get("OBS-000-7.1-RESULT-Q4").get("src")).contains("001:709").contains("000:190");
    }

    @Test
    void seed001WelfareFundsAddUpByRegionAndBySource() {
        // 001:322-329, the V2 status of 31 August 2562 (a stock at Q4, not a quarter's flow: the Q3 figures of 001:272
        // are the state at Q3 and do not add to it)
        regionsAddUp("OBS-001-welfare-funds-TH-2562-q4", "5997", 1143, 2183, 1103, 916, 652);
        regionsAddUp("OBS-001-welfare-fund-members-TH-2562-q4", "5994974", 1221430, 2255198, 1248798, 635124, 634424);
        regionsAddUp("OBS-001-welfare-fund-villages-TH-2562-q4", "52734", 10277, 20197, 8142, 7514, 6604);
        regionsAddUp("OBS-001-welfare-fund-money-TH-2562-q4", "15503158822.23",
                "3035994657.63", "5287054130.55", "3112409307.80", "2022034286.46", "2045666439.79");
        regionsAddUp("OBS-001-welfare-money-members-TH-2562-q4", "10252431957.74",
                "1912585704.23", "3593983978.10", "2019611639.00", "1347520646.20", "1378729990.21");
        regionsAddUp("OBS-001-welfare-money-lao-TH-2562-q4", "1055233572.03",
                "286311560.00", "336251909.90", "149884982.13", "141198022.00", "141587098.00");
        regionsAddUp("OBS-001-welfare-money-codi-TH-2562-q4", "2649485673.54",
                "450522252.59", "951968949.41", "682238251.26", "296502097.00", "268254123.28");
        regionsAddUp("OBS-001-welfare-money-othergov-TH-2562-q4", "483288364.27",
                "195472671.35", "116449151.56", "51618195.86", "44310044.50", "75438301.00");
        regionsAddUp("OBS-001-welfare-money-other-TH-2562-q4", "737175633.88",
                "114962418.95", "198042818.51", "128585446.13", "149695372.28", "145889578.01");
        regionsAddUp("OBS-001-welfare-money-donations-TH-2562-q4", "325543620.77",
                "76140050.51", "90357323.07", "80470793.42", "42808104.48", "35767349.29");
        // 001:329: [6] members + [64] local government + [65] CODI + [66] other government + [67] other + [75] donations
        // = 15,503,158,822.23; 001:316: "other" 1,062,719,254.65 = [67] 737,175,633.88 + [75] 325,543,620.77
        BigDecimal sum = BigDecimal.ZERO;
        for (String source : List.of("members", "lao", "codi", "othergov", "other", "donations")) {
            sum = sum.add(value("OBS-001-welfare-money-" + source + "-TH-2562-q4"));
        }
        assertThat(sum).isEqualByComparingTo("15503158822.23").isEqualByComparingTo(value("OBS-001-welfare-fund-money-TH-2562-q4"));
        assertThat(value("OBS-001-welfare-money-other-TH-2562-q4").add(value("OBS-001-welfare-money-donations-TH-2562-q4")))
                .isEqualByComparingTo("1062719254.65").isEqualByComparingTo(value("OBS-001-welfare-money-other-all-TH-2562-q4"));
    }
}
