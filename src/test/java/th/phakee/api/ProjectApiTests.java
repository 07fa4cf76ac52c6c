package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Projects where they are, who pays and who owns the plans above them, checked against seed 000 and 003. */
@ApiTest
class ProjectApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aProjectIsLocatedInItsProvinceAndTheTambonTheTablePrints() {
        // 000:380: the Huai Nam Khem reservoir works, ต.หนองแจ้งใหญ่ อ.บัวใหญ่ จ.นครราชสีมา, 37,629,000 baht, paid by
        // the Nakhon Ratchasima irrigation project (โครงการชลประทานนครราชสีมา)
        var project = graphQl.document("""
                { project(id: "PJ-000-2563-TH-30-1") { totalBudget { baht } partners { id }
                    locations { place { id label name } relation sources { line } } } }""").execute();
        project.path("project.totalBudget.baht").entity(Long.class).isEqualTo(37_629_000L)
                .path("project.partners[*].id").entityList(String.class).containsExactly("AG-RID-PROJECT-TH-30");
        List<Map> locations = project.path("project.locations").entityList(Map.class).get();
        assertThat(locations).extracting(l -> ((Map<?, ?>) l.get("place")).get("label") + " " + ((Map<?, ?>) l.get("place")).get("name"))
                .containsExactlyInAnyOrder("Province นครราชสีมา", "Tambon หนองแจ้งใหญ่");
        assertThat(locations).allSatisfy(l -> assertThat(l.get("relation")).isEqualTo("LOCATED_IN"));
        // the tambon is the gazetteer's 301224, in district 3012 บัวใหญ่
        graphQl.document("{ node(id: \"301224\") { ... on Tambon { nameTh district { id nameTh } } } }").execute()
                .path("node.district.id").entity(String.class).isEqualTo("3012")
                .path("node.district.nameTh").entity(String.class).isEqualTo("บัวใหญ่");
    }

    @Test
    void projectsFilterByProvinceAndBudgetAndSortByMoney() {
        // Kanchanaburi's projects of 10 million baht or more (000:416-425): 30,295,000, 27,995,700, 25,465,000, 24,896,300
        graphQl.document("""
                { projects(where: {province: "TH-71", minBudget: 10000000}, orderBy: [{field: BUDGET, direction: DESC}]) {
                    totalCount edges { node { totalBudget { baht } } } } }""").execute()
                .path("projects.totalCount").entity(Integer.class).isEqualTo(4)
                .path("projects.edges[*].node.totalBudget.baht").entityList(Long.class)
                .containsExactly(30_295_000L, 27_995_700L, 25_465_000L, 24_896_300L);
    }

    @Test
    void aPlanHasItsOwner() {
        // 003:9-10, the cover: CODI's FY2567 action plan, of สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)
        graphQl.document("{ plan(id: \"CODI-AP2567\") { owner { id abbr } } }").execute()
                .path("plan.owner.id").entity(String.class).isEqualTo("AG-CODI")
                .path("plan.owner.abbr").entity(String.class).isEqualTo("พอช.");
    }
}
