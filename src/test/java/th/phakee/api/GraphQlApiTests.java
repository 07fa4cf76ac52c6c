package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The first slice of the API over HTTP, on the packaged dataset ({@code data/}) as the service loads it on first
 * start. Expected values come from the source documents (cited) or the contract, not from this code's output.
 */
@ApiTest
class GraphQlApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    th.phakee.money.MoneyModel money;

    @Test
    void allSeventySevenProvincesAreServed() {
        graphQl.document("{ provinces { id nameTh } }")
                .execute()
                .path("provinces").entityList(Map.class).hasSize(77)
                .path("provinces[?(@.id == 'TH-63')].nameTh").entity(List.class).isEqualTo(List.of("ตาก"));
    }

    @Test
    void provincesAreInThaiDictionaryOrder() {
        // Thai order files เชียงราย, เชียงใหม่ under ช (after ก, before ต); code-point order would put them last
        List<String> north = graphQl.document("""
                { provinces(region: "CODI-R-NORTH") { nameTh } }""")
                .execute().path("provinces[*].nameTh").entityList(String.class).get();
        assertThat(north).startsWith("กำแพงเพชร", "เชียงราย", "เชียงใหม่", "ตาก");
    }

    @Test
    void aProvinceHasItsCodiRegionAndItsOfficialOne() {
        // Tak is in CODI's North (000:341 region banner, 000:344) but in the official West
        graphQl.document("""
                { province(id: "TH-63") { nameEn region { id } official: region(scheme: OFFICIAL6) { id } } }""")
                .execute()
                .path("province.nameEn").entity(String.class).isEqualTo("Tak")
                .path("province.region.id").entity(String.class).isEqualTo("CODI-R-NORTH")
                .path("province.official.id").entity(String.class).isEqualTo("TH-R6-WEST");
    }

    @Test
    void officialRegionsHoldTheirProvinces() {
        // the National Geographical Committee's six regions: 9, 20, 22, 7, 5 and 14 provinces
        List<Map> regions = graphQl.document("""
                { regions(scheme: OFFICIAL6) { id provinces { id } } }""")
                .execute().path("regions").entityList(Map.class).get();
        Map<String, Integer> sizes = new java.util.HashMap<>();
        regions.forEach(r -> sizes.put((String) r.get("id"), ((List<?>) r.get("provinces")).size()));
        assertThat(sizes).containsExactlyInAnyOrderEntriesOf(Map.of("TH-R6-NORTH", 9, "TH-R6-NORTHEAST", 20,
                "TH-R6-CENTRAL", 22, "TH-R6-EAST", 7, "TH-R6-WEST", 5, "TH-R6-SOUTH", 14));
    }

    @Test
    void provinceByNameFindsAnAliasMetInTheSources() {
        // "กทม." for Bangkok, 001:697
        graphQl.document("{ provinceByName(nameTh: \"กทม.\") { id } }").execute()
                .path("provinceByName.id").entity(String.class).isEqualTo("TH-10");
    }

    @Test
    void theActionPlanHasFourIssuesAndThirteenProgrammes() {
        // 003:48: "4 ประเด็นการพัฒนา 13 แผนงานหลัก"; Table A (003:50-54) gives 3, 2, 4 and 4 programmes per issue
        graphQl.document("""
                { plan(id: "CODI-AP2567") { startFY startFYCE children { id code children { id } } } }""")
                .execute()
                .path("plan.startFY").entity(Integer.class).isEqualTo(2567)
                .path("plan.startFYCE").entity(Integer.class).isEqualTo(2024)
                .path("plan.children[*].code").entityList(String.class).containsExactly("1", "2", "3", "4")
                .path("plan.children[0].children").entityList(Map.class).hasSize(3)
                .path("plan.children[1].children").entityList(Map.class).hasSize(2)
                .path("plan.children[2].children").entityList(Map.class).hasSize(4)
                .path("plan.children[3].children").entityList(Map.class).hasSize(4);
        graphQl.document("{ plans(where: {level: PROGRAMME, linkedTo: \"CODI-AP2567\"}) { totalCount } }").execute()
                .path("plans.totalCount").entity(Integer.class).isEqualTo(13);
    }

    @Test
    void theActionPlanLinksToMasterPlan17AsPrimaryWithItsCitation() {
        // 003:139: "ประเด็นที่ 17 ความเสมอภาคและหลักประกันทางสังคม (หลัก)"
        List<Map> links = graphQl.document("""
                { plan(id: "CODI-AP2567") { linksTo { role stated plan { id } sources { line source { id } } } } }""")
                .execute().path("plan.linksTo").entityList(Map.class).get();
        Map<?, ?> mp17 = links.stream().filter(l -> ((Map<?, ?>) l.get("plan")).get("id").equals("MP-17")).findFirst().orElseThrow();
        assertThat(mp17.get("role")).isEqualTo("PRIMARY");
        assertThat(mp17.get("stated")).isEqualTo(true);
        assertThat((List<Map>) mp17.get("sources")).anySatisfy(c -> {
            assertThat(c.get("line")).isEqualTo(139);
            assertThat(((Map<?, ?>) c.get("source")).get("id")).isEqualTo("003");
        });
        // a citation quotes its line, so a reader can check it without opening the document
        graphQl.document("{ plan(id: \"CODI-AP2567\") { linksTo { plan { id } sources { line text } } } }").execute()
                .path("plan.linksTo[?(@.plan.id == 'MP-17')].sources[?(@.line == 139)].text").entityList(String.class)
                .containsExactly("(1) ประเด็นที่ 17 ความเสมอภาคและหลักประกันทางสังคม (หลัก)");  // 003:139 as printed
        graphQl.document("{ plan(id: \"MP-17\") { linkedFrom { plan { id } } } }").execute()
                .path("plan.linkedFrom[*].plan.id").entityList(String.class).contains("CODI-AP2567");
    }

    @Test
    void plansPageThroughKeysetCursorsThatSurviveInserts() {
        GraphFingerprint before = GraphFingerprint.of(neo4j);
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean inserted = false;
        try {
            do {
                var page = graphQl.document("""
                        query($after: String) {
                          plans(where: {level: PROGRAMME, linkedTo: "CODI-AP2567"}, first: 5, after: $after) {
                            edges { node { id } } pageInfo { hasNextPage endCursor }
                          }
                        }""").variable("after", after).execute();
                seen.addAll(page.path("plans.edges[*].node.id").entityList(String.class).get());
                after = page.path("plans.pageInfo.hasNextPage").entity(Boolean.class).get()
                        ? page.path("plans.pageInfo.endCursor").entity(String.class).get() : null;
                if (!inserted) {
                    // a programme that sorts first (ก) is added after page 1: an offset cursor would repeat an item
                    neo4j.query("""
                            MATCH (plan:Plan {id: 'CODI-AP2567-I1'})
                            CREATE (:Entity:Plan {id: 'TEST-INSERTED', nameTh: 'กกก', level: 'PROGRAMME', sortKey: ''})-[:PART_OF]->(plan)""").run();
                    inserted = true;
                }
            } while (after != null);
        }
        finally {
            TestEntities.remove(neo4j, money, "TEST-INSERTED");
        }
        assertThat(seen).hasSize(13).doesNotHaveDuplicates().doesNotContain("TEST-INSERTED");
        // the tests share one database (an external Neo4j's, see ApiTest): the insert is undone
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void plansFilterByLinkTransitivelyAndByName() {
        // 003:48: 4 issues, 13 programmes, 33 sub-programmes, each part of the one above, up to the action plan
        graphQl.document("{ plans(where: {linkedTo: \"CODI-AP2567\"}) { totalCount } }").execute()
                .path("plans.totalCount").entity(Integer.class).isEqualTo(4 + 13 + 33);
        // programme 3 (Table A, 003:51): housing, ที่อยู่อาศัย
        graphQl.document("{ plans(where: {nameContains: \"ที่อยู่อาศัย\", level: PROGRAMME}) { edges { node { id } } } }")
                .execute().path("plans.edges[*].node.id").entityList(String.class).contains("CODI-AP2567-P03");
    }

    @Test
    void aBadCursorIsABadRequestThatSaysWhatToDo() {
        graphQl.document("{ plans(after: \"not-a-cursor\") { totalCount } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions().get("classification")).isEqualTo("BAD_REQUEST");
                    assertThat(errors.get(0).getMessage()).contains("'after'").contains("endCursor");
                });
    }

    @Test
    void nodeResolvesAnyEntityToItsType() {
        graphQl.document("{ node(id: \"MP-17\") { __typename id ... on Plan { level code } } }").execute()
                .path("node.__typename").entity(String.class).isEqualTo("Plan")
                .path("node.level").entity(String.class).isEqualTo("MASTER_PLAN")
                .path("node.code").entity(String.class).isEqualTo("17");
        // an id that names nothing: null, and a NOT_FOUND error that names the id (GitHub's convention)
        graphQl.document("{ node(id: \"no-such-id\") { id } }").execute()
                .errors().expect(e -> e.getErrorType() == org.springframework.graphql.execution.ErrorType.NOT_FOUND
                        && e.getMessage().contains("\"no-such-id\"")).verify()
                .path("node").valueIsNull();
    }

    @Test
    void graphiqlIsServedWithItsScriptsFromTheApplication() {
        String page = http.getForObject("/graphiql", String.class);
        assertThat(page).contains("graphiql.min.js").doesNotContain("https://");
        for (String script : List.of("/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/graphiql/2.4.7/graphiql.min.css",
                "/webjars/react/18.3.1/umd/react.production.min.js",
                "/webjars/react-dom/18.3.1/umd/react-dom.production.min.js")) {
            assertThat(page).contains(script);
            assertThat(http.getForEntity(script, String.class).getStatusCode().is2xxSuccessful()).as(script).isTrue();
        }
    }

    @Test
    void healthIsPublicAndItsDetailsAndTheMetricsAreNot() {
        // the status is everyone's (probes); the details (Neo4j …) and the metrics need an ADMIN key (OperatorTests)
        Map<?, ?> health = http.getForObject("/actuator/health", Map.class);
        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(health.containsKey("components")).isFalse();
        assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.getForObject("/actuator/info", String.class)).contains("phakee");
    }

    @Test
    void theRollUpOfACodiIssueIsTheDocumentsFigure() {
        // Table C, 003:517: issue 1 = 4,957.0178 million baht = 4,887.1785 state + 69.8393 own; programmes 1-3 below it
        graphQl.document("""
                { budgetRollup(plan: "CODI-AP2567-I1") { total { baht millionBaht } bySource { source total { baht } }
                    byChild { node { id } total { baht } } } }""").execute()
                .path("budgetRollup.total.baht").entity(Long.class).isEqualTo(4_957_017_800L)
                .path("budgetRollup.total.millionBaht").entity(String.class).isEqualTo("4957.0178")
                .path("budgetRollup.bySource[?(@.source == 'STATE')].total.baht").entityList(Long.class).containsExactly(4_887_178_500L)
                .path("budgetRollup.bySource[?(@.source == 'OWN_REVENUE')].total.baht").entityList(Long.class).containsExactly(69_839_300L)
                .path("budgetRollup.byChild[*].node.id").entityList(String.class)
                .contains("CODI-AP2567-P01", "CODI-AP2567-P02", "CODI-AP2567-P03").hasSize(3);
        // 003:561: the state request of the whole plan, 5,707.8180 million baht
        graphQl.document("{ budgetRollup(plan: \"CODI-AP2567-I1\", source: STATE) { total { baht } } }").execute()
                .path("budgetRollup.total.baht").entity(Long.class).isEqualTo(4_887_178_500L);
    }

    @Test
    void rollUpsCountAStatedTotalOnceAndNotItsBreakdowns() {
        // 003:56: CODI's FY2567 operating budget 6,088.9497 million, stated with its parts (recurrent, reserve, plan)
        graphQl.document("{ budgetRollup(plan: \"CODI-AP2567\") { total { baht } } }").execute()
                .path("budgetRollup.total.baht").entity(Long.class).isEqualTo(6_088_949_700L);
        // 004:624: CDD's FY2565 allocation 5,003,671,000 baht, stated with splits by expense and plan type
        graphQl.document("{ budgetRollup(plan: \"CDD-2565\") { total { baht } byChild { total { baht } } } }").execute()
                .path("budgetRollup.total.baht").entity(Long.class).isEqualTo(5_003_671_000L);
        // 004:298-300: the FY2565 Budget Act, 3,100,000 million baht, over 6 strategies and the central items
        graphQl.document("{ budgetRollup(plan: \"BS-2565\") { total { millionBaht } byChild { node { id } } } }").execute()
                .path("budgetRollup.total.millionBaht").entity(String.class).isEqualTo("3100000")
                .path("budgetRollup.byChild").entityList(Map.class).hasSize(7);
    }

    @Test
    void takHasItsThreeLinkageRowsWithTheirMoney() {
        // seed 000's FY2563 linkage table, Tak (000:355-357): three community strategies linked through the
        // provincial office (สำนักงานจังหวัดตาก) to the Tak provincial plan 2561-2564; projects of 39,965,400,
        // 15,120,000 and 2,050,000 baht
        List<Map> rows = graphQl.document("""
                { province(id: "TH-63") { linkages { communityStrategy { id } via { id nameTh }
                    provincialPlan { id startFY endFY } provincialStrategy { id } budget { baht } } } }""")
                .execute().path("province.linkages").entityList(Map.class).get();
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(row -> assertThat(((Map<?, ?>) row.get("via")).get("nameTh")).isEqualTo("สำนักงานจังหวัดตาก"));
        assertThat(rows).extracting(row -> ((Number) ((Map<?, ?>) row.get("budget")).get("baht")).longValue())
                .containsExactlyInAnyOrder(39_965_400L, 15_120_000L, 2_050_000L);
        // the second row (OTOP and border trade, 000:356) names the plan but no strategy of it
        assertThat(rows).extracting(row -> row.get("provincialStrategy") == null ? "-" : ((Map<?, ?>) row.get("provincialStrategy")).get("id"))
                .containsExactlyInAnyOrder("PS-TH-63-2561-2564-1", "-", "PS-TH-63-2561-2564-2");
        assertThat(rows).allSatisfy(row -> assertThat(((Map<?, ?>) row.get("provincialPlan")).get("id")).isEqualTo("PP-TH-63-2561-2564"));
    }

    @Test
    void provincesWithALinkedCommunityPlanAreCounted() {
        // 000:42: of the 44 provinces, "33 จังหวัด" linked their community plans to the provincial strategy and
        // "5 จังหวัด ได้แก่ นครราชสีมา สกลนคร มุกดาหาร ปทุมธานี ตราด" to agencies' plans only (6 more are FY2562's)
        graphQl.document("{ summary { provincesWithLinkedCommunityPlans } }").execute()
                .path("summary.provincesWithLinkedCommunityPlans").entity(Integer.class).isEqualTo(33);
        graphQl.document("{ summary(province: \"TH-30\") { provincesWithLinkedCommunityPlans } }").execute()
                .path("summary.provincesWithLinkedCommunityPlans").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void theProvincesLinkedToAProvincialStrategyAreThoseLine42Names() {
        // 000:42 names the 33 by region; under the South it prints นครราชสีมา, which the same line also lists among
        // the 5 agency-linked provinces: the table's southern row is นราธิวาส (TH-96, 000:383-405), kept as the
        // table has it (docs/data.md, seed 000 linkage conflicts)
        List<String> north = List.of("TH-55", "TH-57", "TH-56", "TH-54", "TH-65", "TH-64", "TH-67", "TH-52", "TH-63");
        List<String> northeast = List.of("TH-41", "TH-36");
        List<String> south = List.of("TH-93", "TH-81", "TH-85", "TH-95", "TH-83", "TH-91", "TH-96", "TH-94");
        List<String> central = List.of("TH-16", "TH-18", "TH-19", "TH-71", "TH-75", "TH-70", "TH-61", "TH-77", "TH-60");
        List<String> bangkokEast = List.of("TH-10", "TH-21", "TH-25", "TH-27", "TH-24");
        List<String> named = new ArrayList<>();
        List.of(north, northeast, south, central, bangkokEast).forEach(named::addAll);
        List<Map> provinces = graphQl.document("{ provinces { id linkages { provincialStrategy { id } } } }").execute()
                .path("provinces").entityList(Map.class).get();
        List<Object> linked = provinces.stream()
                .filter(p -> ((List<Map>) p.get("linkages")).stream().anyMatch(l -> l.get("provincialStrategy") != null))
                .map(p -> p.get("id")).toList();
        assertThat(linked).hasSize(33).containsExactlyInAnyOrderElementsOf(named);
    }
}
