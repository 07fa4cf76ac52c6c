package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * discrepancies (issue 14, item 7): where the documents disagree, as data. The differences the dataset tests pin
 * (DatasetSumsAndCountsTests, StatedAllocationsTests) come out of it, each with the figures and lines they copy
 * from the documents; and every entry keeps the contract: the difference is what it is compared with minus the
 * figure, a total's compared value is the sum of its parts, and its lines are those of every figure in it.
 */
@ApiTest
class DiscrepanciesApiTests {

    private static final String FIELDS = """
            kind subject { id } figure { id label value unit fiscalYear quarter place { id } sources { source { id } line } }
            conflicting { id value sources { source { id } line } } parts { id value place { id } quarter sources { source { id } line } }
            compared difference unit sources { source { id } line }""";

    @Autowired
    HttpGraphQlTester graphQl;

    private List<Map> discrepancies(String arguments) {
        return graphQl.document("{ discrepancies" + arguments + " { " + FIELDS + " } }").execute()
                .errors().verify().path("discrepancies").entityList(Map.class).get();
    }

    private static String summary(Map<?, ?> d) {
        Map<?, ?> figure = (Map<?, ?>) d.get("figure");
        return d.get("kind") + " " + figure.get("value") + " vs " + d.get("compared") + " (" + d.get("difference") + ")";
    }

    private static List<String> lines(Object citations) {
        return ((List<Map>) citations).stream()
                .map(c -> ((Map<?, ?>) c.get("source")).get("id") + ":" + c.get("line")).toList();
    }

    @Test
    void theDifferencesTheDatasetTestsPinAreListed() {
        List<String> all = discrepancies("").stream().map(DiscrepanciesApiTests::summary).toList();
        assertThat(all).contains(
                // 000:121-131 and 598-605: KPI 4.2 (2)'s regional targets 314 + 607 + 262 + 322 + 171 = 1,676, the
                // table's รวม 1,670; 000:121: its quarterly targets 10 + 548 + 716 + 402 = 1,676 as well
                "REGIONS 1670 vs 1676 (6)", "QUARTERS 1670 vs 1676 (6)",
                // 000:110: KPI 4.2 (1)'s quarterly targets 35 + 151 + 287 + 62 = 535 against the annual 534
                "QUARTERS 534 vs 535 (1)",
                // 001:134-139: Table 4's Q2 regions 1,282 + 1,787 + 1,174 + 1,373 + 555 = 6,171, printed 6,144
                "REGIONS 6144 vs 6171 (27)",
                // 000:148-159: KPI 4.3's target 1,700 (148, 629) against the regional tables' 1,710 (159, 643)
                "REGIONS 1700 vs 1710 (10)", "CONFLICT 1700 vs 1710 (10)",
                // 004:1171: output 1 is 827,462,100; its operating 690,186,600 (1191) + investment 146,781,500 (1213)
                // = 836,968,100, 9,506,000 more
                "BUDGET_PARTS 827462100 vs 836968100 (9506000)",
                // 000:645 gives 5,997 welfare funds at Q4, 000:148 5,998
                "CONFLICT 5997 vs 5998 (1)",
                // 001:434: 4,030 leaders developed in 2562; the annex 3,935 (001:534)
                "CONFLICT 4030 vs 3935 (-95)",
                // 003:247: the 20-year target of 1,053,702 households; 002:139 rounds it to 1.053 ล้านครัวเรือน
                "CONFLICT 1053702 vs 1053000 (-702)",
                // 000:645: 15,503,158,822.23 baht in the funds at Q4; 000:148: 15,134,813,609.95 (exact to the satang)
                "CONFLICT 15503158822.23 vs 15134813609.95 (-368345212.28)");
    }

    @Test
    void aRegionalDiscrepancyHasBothFiguresItsPartsAndTheirLines() {
        Map<?, ?> q2 = discrepancies("(kind: REGIONS, source: \"001\")").stream()
                .filter(d -> ((Map<?, ?>) d.get("figure")).get("value").equals("6144")).findFirst().orElseThrow();
        Map<?, ?> figure = (Map<?, ?>) q2.get("figure");
        assertThat(figure.get("quarter")).isEqualTo(2);
        assertThat(figure.get("fiscalYear")).isEqualTo(2562);
        assertThat(figure.get("place")).isNull();
        assertThat(q2.get("conflicting")).isNull();
        assertThat(q2.get("unit")).isEqualTo("แห่ง");
        assertThat(((Map<?, ?>) q2.get("subject")).get("id")).isEqualTo("IND-001-councils-js0203-attached");
        // 001:134-138: the regions' Q2 column: BKK/East 555, Central/West 1,373, Northeast 1,787, South 1,174, North 1,282
        assertThat((List<Map>) q2.get("parts")).extracting(p -> ((Map<?, ?>) p.get("place")).get("id") + "=" + p.get("value"))
                .containsExactlyInAnyOrder("CODI-R-BKK-EAST=555", "CODI-R-CENTRAL-WEST=1373", "CODI-R-NORTHEAST=1787",
                        "CODI-R-SOUTH=1174", "CODI-R-NORTH=1282");
        assertThat(lines(q2.get("sources"))).contains("001:134", "001:135", "001:136", "001:137", "001:138", "001:139");
    }

    @Test
    void everyDiscrepancyKeepsTheContract() {
        List<Map> all = discrepancies("");
        assertThat(all).isNotEmpty();
        for (Map<?, ?> d : all) {
            Map<?, ?> figure = (Map<?, ?>) d.get("figure");
            BigDecimal value = new BigDecimal(figure.get("value").toString());
            BigDecimal compared = new BigDecimal(d.get("compared").toString());
            assertThat(new BigDecimal(d.get("difference").toString())).as(summary(d)).isEqualByComparingTo(compared.subtract(value));
            assertThat(compared).as(summary(d)).isNotEqualByComparingTo(value);
            List<Map> parts = (List<Map>) d.get("parts");
            Map<?, ?> conflicting = (Map<?, ?>) d.get("conflicting");
            List<String> lines = lines(d.get("sources"));
            assertThat(lines).as(summary(d)).containsAll(lines(figure.get("sources")));
            if (d.get("kind").equals("CONFLICT")) {
                assertThat(parts).isEmpty();
                assertThat(new BigDecimal(conflicting.get("value").toString())).isEqualByComparingTo(compared);
                assertThat(lines).containsAll(lines(conflicting.get("sources")));
            }
            else {
                assertThat(conflicting).isNull();
                assertThat(parts).as(summary(d)).isNotEmpty();
                BigDecimal sum = parts.stream().map(p -> new BigDecimal(p.get("value").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as(summary(d)).isEqualByComparingTo(compared);
                parts.forEach(p -> assertThat(lines).containsAll(lines(p.get("sources"))));
                if (d.get("kind").equals("QUARTERS")) {
                    assertThat(parts).allSatisfy(p -> assertThat(p.get("quarter")).isNotNull());
                    assertThat(figure.get("quarter")).isNull();
                }
            }
            // the lines are each once, in document and line order
            assertThat(lines).doesNotHaveDuplicates();
        }
    }

    @Test
    void discrepanciesNarrowByDocumentAndKind() {
        // 002:139 vs 003:247 is the only conflict 002 is part of (docs/data.md, seed 002's conflicts)
        List<Map> of002 = discrepancies("(source: \"002\", kind: CONFLICT)");
        assertThat(of002).extracting(DiscrepanciesApiTests::summary).containsExactly("CONFLICT 1053702 vs 1053000 (-702)");
        // every one listed for 004 cites 004, and is a budget's (004 has no conflicting observations in a CONFLICTS_WITH)
        List<Map> of004 = discrepancies("(source: \"004\")");
        assertThat(of004).isNotEmpty().allSatisfy(d -> assertThat(lines(d.get("sources"))).anyMatch(l -> l.startsWith("004:")));
        assertThat(of004).extracting(DiscrepanciesApiTests::summary).contains("BUDGET_PARTS 827462100 vs 836968100 (9506000)");
        assertThat(discrepancies("(kind: BUDGET_PARTS)")).allSatisfy(d -> {
            assertThat(d.get("kind")).isEqualTo("BUDGET_PARTS");
            assertThat(((Map<?, ?>) d.get("figure")).get("label")).isEqualTo("Budget");
            assertThat(d.get("unit")).isEqualTo("THB");
        });
        // 004:624-688: CDD's 5,003,671,000 is broken down by expense type (2,683,299,300 + 1,911,153,000 +
        // 409,218,700, exactly) and by plan type (1,333,259,500 + 731,348,900, less than the whole): neither is more
        // than it, so it is no discrepancy, though its five parts together are
        assertThat(discrepancies("(kind: BUDGET_PARTS)")).noneMatch(d -> ((Map<?, ?>) d.get("figure")).get("value").equals("5003671000"));
    }
}
