package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Everything placeable is placed (issue 14, item 2): communities, councils, agencies and plans give their location,
 * resolved up the gazetteer to tambon, district, province and region. Expected places are the documents' (cited);
 * a district printed "อำเภอเมือง" is the gazetteer's เมือง + the province (docs/data.md, "Places named below the
 * province").
 */
@ApiTest
class PlacesApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    private Map<?, ?> location(String id) {
        return graphQl.document("""
                { node(id: "%s") { ... on Community { location { ...placed } }
                                   ... on Council { location { ...placed } }
                                   ... on Agency { location { ...placed } } } }
                fragment placed on Location { place { label } tambon { nameTh } district { nameTh } province { nameTh }
                                              region { nameTh } official: region(scheme: OFFICIAL6) { id } sources { line } }"""
                .formatted(id)).execute().path("node.location").entity(Map.class).get();
    }

    private static Object name(Map<?, ?> location, String key) {
        Map<?, ?> place = (Map<?, ?>) location.get(key);
        return place == null ? null : place.get("nameTh");
    }

    @Test
    void theFourNewLearningSitesArePlacedByTambonDistrictAndProvince() {
        // 001:416-424: "เกิดพื้นที่ปฏิบัติการเรียนรู้ใหม่ 4 พื้นที่จาก 4 ภาค"
        // 001:418: ภาคใต้ ตำบลไชยมนตรี อำเภอเมือง จังหวัดนครศรีธรรมราช
        // 001:420: ภาคกรุงเทพฯ ปริมณฑล และตะวันออก ตำบลห้วยแร้ง อำเภอเมือง จังหวัดตราด
        // 001:422: ภาคกลางและตะวันตก ตำบลสระพัง อำเภอเขาย้อย จังหวัดเพชรบุรี
        // 001:424: ภาคตะวันออกเฉยงเหนือ ตำบลโคกก่อ อำเภอเมือง จังหวัดมหาสารคาม
        Map<String, List<String>> expected = Map.of(
                "COM-001-01", List.of("ไชยมนตรี", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "ภาคใต้", "418"),
                "COM-001-02", List.of("ห้วยแร้ง", "เมืองตราด", "ตราด", "ภาคกรุงเทพฯ ปริมณฑลและตะวันออก", "420"),
                "COM-001-03", List.of("สระพัง", "เขาย้อย", "เพชรบุรี", "ภาคกลางและตะวันตก", "422"),
                "COM-001-04", List.of("โคกก่อ", "เมืองมหาสารคาม", "มหาสารคาม", "ภาคตะวันออกเฉียงเหนือ", "424"));
        expected.forEach((site, where) -> {
            Map<?, ?> location = location(site);
            assertThat(((Map<?, ?>) location.get("place")).get("label")).as(site).isEqualTo("Tambon");
            assertThat(name(location, "tambon")).as(site).isEqualTo(where.get(0));
            assertThat(name(location, "district")).as(site).isEqualTo(where.get(1));
            assertThat(name(location, "province")).as(site).isEqualTo(where.get(2));
            assertThat(name(location, "region")).as(site).isEqualTo(where.get(3));
            assertThat((List<Map<String, Object>>) location.get("sources")).as(site)
                    .anySatisfy(c -> assertThat(c.get("line")).isEqualTo(Integer.parseInt(where.get(4))));
        });
        // the province lists the site it holds
        graphQl.document("{ province(id: \"TH-23\") { communities { id } } }").execute()
                .path("province.communities[*].id").entityList(String.class).contains("COM-001-02");
    }

    @Test
    void aCentreAndACouncilArePlacedWhereTheDocumentsSay() {
        // 000:535: the Khon Kaen homeless centre, ตำบลเมืองเก่า (อำเภอเมืองขอนแก่น), จังหวัดขอนแก่น
        Map<?, ?> centre = location("COM-000-homeless-centre-TH-40");
        assertThat(name(centre, "tambon")).isEqualTo("เมืองเก่า");
        assertThat(name(centre, "district")).isEqualTo("เมืองขอนแก่น");
        assertThat(name(centre, "province")).isEqualTo("ขอนแก่น");
        graphQl.document("{ node(id: \"COM-000-homeless-centre-TH-40\") { ... on Community { kind } } }").execute()
                .path("node.kind").entity(String.class).isEqualTo("CENTRE");
        // 001:461: the council of 22 tambons around Ubolratana Dam, in อำเภออุบลรัตน์, Khon Kaen; no tambon is printed
        Map<?, ?> council = location("CNL-TH-40-ubolratana-dam-22");
        assertThat(((Map<?, ?>) council.get("place")).get("label")).isEqualTo("District");
        assertThat(council.get("tambon")).isNull();
        assertThat(name(council, "district")).isEqualTo("อุบลรัตน์");
        assertThat(name(council, "province")).isEqualTo("ขอนแก่น");
        // Khon Kaen is in the official Northeast
        assertThat(((Map<?, ?>) council.get("official")).get("id")).isEqualTo("TH-R6-NORTHEAST");
    }

    @Test
    void anAgencyIsPlacedAndEveryLocationOfAProjectIsResolved() {
        // 000:355: สำนักงานจังหวัดตาก, the agency of Tak's linkage rows
        Map<?, ?> office = location("AG-PROVOFFICE-TH-63");
        assertThat(name(office, "province")).isEqualTo("ตาก");
        assertThat(name(office, "region")).isEqualTo("ภาคเหนือ");
        // 000:404: the Yala project in ตำบลกะว๊ะ and ตำบลกะรอง of อำเภอรามัน (the gazetteer's จะกว๊ะ and เกะรอ), ยะลา
        List<Map> locations = graphQl.document("""
                { project(id: "PJ-000-2563-TH-95-1") { locations { place { label } tambon { nameTh } district { nameTh } province { nameTh } } } }""")
                .execute().path("project.locations").entityList(Map.class).get();
        assertThat(locations).filteredOn(l -> "Tambon".equals(((Map<?, ?>) l.get("place")).get("label")))
                .extracting(l -> name(l, "tambon") + ", " + name(l, "district") + ", " + name(l, "province"))
                .containsExactlyInAnyOrder("จะกว๊ะ, รามัน, ยะลา", "เกะรอ, รามัน, ยะลา");
        assertThat(locations).allSatisfy(l -> assertThat(name(l, "province")).isEqualTo("ยะลา"));
    }

    @Test
    void aPlanGivesThePlacesItTargets() {
        // 000:355: Tak's community strategy, a row of Tak's linkage table; Tak is in CODI's North and the official West
        Map<?, ?> location = graphQl.document("""
                { plan(id: "CS-000-2563-TH-63-1") { locations { relation province { nameTh } region { id } west: region(scheme: OFFICIAL6) { id } } } }""")
                .execute().path("plan.locations[0]").entity(Map.class).get();
        assertThat(location.get("relation")).isEqualTo("TARGETS");
        assertThat(name(location, "province")).isEqualTo("ตาก");
        assertThat(((Map<?, ?>) location.get("region")).get("id")).isEqualTo("CODI-R-NORTH");
        assertThat(((Map<?, ?>) location.get("west")).get("id")).isEqualTo("TH-R6-WEST");
    }
}
