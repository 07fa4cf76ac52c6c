package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Agencies as partner agencies query them: who works with whom, on what, with how much money. */
@ApiTest
class AgencyApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theKanchanaburiProvincialOfficeCollaboratesMostWithTheProvincialTourismOffice() {
        // seed 000's FY2563 table, Kanchanaburi (000:416-425): the provincial office (สำนักงานจังหวัดกาญจนบุรี) is the
        // provincial plan's agency; ท่องเที่ยวและกีฬาจังหวัดกาญจนบุรี is responsible for projects 1, 7, 9, 10 and 11,
        // of 25,465,000 (000:416) + 30,295,000 + 2,920,000 + 5,550,000 + 6,815,000 (000:425) = 71,045,000 baht
        var response = graphQl.document("""
                { agency(id: "AG-PROVOFFICE-TH-71") { kind province { id }
                    collaborators(first: 3) { agency { id nameTh } shared { id label } count budget { baht } }
                    byCount: collaborators(orderBy: COUNT, first: 1) { agency { id } count } } }""").execute();
        response.path("agency.kind").entity(String.class).isEqualTo("PROVINCIAL_OFFICE")
                .path("agency.province.id").entity(String.class).isEqualTo("TH-71");
        List<Map> collaborators = response.path("agency.collaborators").entityList(Map.class).get();
        Map<?, ?> tourism = collaborators.get(0);
        assertThat(((Map<?, ?>) tourism.get("agency")).get("id")).isEqualTo("AG-TOURISM-PROV-TH-71");
        assertThat(((Number) ((Map<?, ?>) tourism.get("budget")).get("baht")).longValue()).isEqualTo(71_045_000L);
        assertThat((List<Map>) tourism.get("shared")).extracting(s -> s.get("id")).containsExactlyInAnyOrder(
                "PJ-000-2563-TH-71-1", "PJ-000-2563-TH-71-7", "PJ-000-2563-TH-71-9", "PJ-000-2563-TH-71-10",
                "PJ-000-2563-TH-71-11", "TH-71");
        // the Sai Yok district office (อาเภอไทรโยค as printed, 000:416, 000:425) shares projects 1 and 7:
        // 25,465,000 + 30,295,000 = 55,760,000 baht, the second largest
        assertThat(((Map<?, ?>) collaborators.get(1).get("agency")).get("id")).isEqualTo("AG-DISTRICT-SAIYOK");
        assertThat(((Number) ((Map<?, ?>) collaborators.get(1).get("budget")).get("baht")).longValue()).isEqualTo(55_760_000L);
        // ordered by count, tourism still comes first: five projects and the province
        response.path("agency.byCount[0].agency.id").entity(String.class).isEqualTo("AG-TOURISM-PROV-TH-71")
                .path("agency.byCount[0].count").entity(Integer.class).isEqualTo(6);
    }

    @Test
    void theArmyAreaThatBuildsKanchanaburisRoadSharesOnlyThatProject() {
        // 000:425: มณฑลทหารบกที่ 17 is responsible for project 8, 24,896,300 baht
        graphQl.document("""
                { agency(id: "AG-PROVOFFICE-TH-71") { collaborators(first: 50) { agency { id } shared { id } budget { baht } } } }""")
                .execute()
                .path("agency.collaborators[?(@.agency.id == 'AG-RTA-MTB-17')].budget.baht").entityList(Long.class)
                .containsExactly(24_896_300L);
    }

    @Test
    void codiHasItsUnitsAndTheStatedPartnershipsWithTheirCitations() {
        var response = graphQl.document("""
                { agency(id: "AG-CODI") { abbr units { id } partners { partner { id label } context sources { line source { id } } } } }""")
                .execute();
        // 001:506: CDD is CODI's partner in leader development; 002:133-135: the cooperative departments' courses
        response.path("agency.partners[?(@.partner.id == 'AG-CDD')].sources[*].line").entityList(Integer.class).contains(506)
                .path("agency.partners[*].partner.id").entityList(String.class).contains("AG-CDD", "AG-CAD", "AG-CPD")
                .path("agency.units[*].id").entityList(String.class).contains("AG-CODI-REGION-NORTH", "AG-CODI-BOARD");
    }

    @Test
    void agenciesFilterByKindAndProvinceAndPageInThaiOrder() {
        List<Map> offices = graphQl.document("""
                { agencies(where: {kind: PROVINCIAL_OFFICE, province: "TH-71"}, first: 50) {
                    totalCount edges { node { id nameTh province { id } } } } }""")
                .execute().path("agencies.edges[*].node").entityList(Map.class).get();
        assertThat(offices).extracting(o -> o.get("id")).contains("AG-PROVOFFICE-TH-71", "AG-DISTRICT-SAIYOK");
        assertThat(offices).allSatisfy(o -> assertThat(((Map<?, ?>) o.get("province")).get("id")).isEqualTo("TH-71"));
        assertThat(offices).extracting(o -> (String) o.get("nameTh"))
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("th")));
    }
}
