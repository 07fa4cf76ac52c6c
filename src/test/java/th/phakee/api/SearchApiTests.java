package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Search as people use it: Thai words inside longer names, prefixes typed so far, English names and
 * abbreviations, and the OCR misspellings the sources print (recorded as aliases, cited).
 */
@ApiTest
class SearchApiTests {

    @Autowired
    HttpGraphQlTester graphQl;

    List<String> ids(String text) {
        return graphQl.document("query($text: String!) { search(text: $text, first: 5) { node { id } } }")
                .variable("text", text).execute().path("search[*].node.id").entityList(String.class).get();
    }

    @Test
    void searchFindsAThaiWordInsideALongerName() {
        // "ที่อยู่อาศัย" is inside programme 3's name (003:51)
        graphQl.document("{ search(text: \"ที่อยู่อาศัย\", types: [PLAN]) { type node { id } } }").execute()
                .path("search[*].node.id").entityList(String.class).contains("CODI-AP2567-P03")
                .path("search[*].type").entityList(String.class).satisfies(types -> assertThat(types).containsOnly("PLAN"));
    }

    @Test
    void searchFindsEnglishNamesAndSourceSpellings() {
        graphQl.document("{ search(text: \"Chiang Mai\", types: [PROVINCE]) { node { id } } }").execute()
                .path("search[0].node.id").entity(String.class).isEqualTo("TH-50");
        // districts have English names too (the gazetteer): Mueang Chiang Mai is district 5001
        graphQl.document("{ search(text: \"Mueang Chiang Mai\", types: [DISTRICT]) { node { id } } }").execute()
                .path("search[0].node.id").entity(String.class).isEqualTo("5001");
        // "พิชณุโลก", the OCR spelling of Phitsanulok at 000:42
        graphQl.document("{ search(text: \"พิชณุโลก\") { node { id } } }").execute()
                .path("search[0].node.id").entity(String.class).isEqualTo("TH-65");
    }

    @Test
    void searchTextIsNeverLuceneSyntax() {
        // parentheses, OR and * are searched as text: no error, and the word ตาก still finds Tak
        graphQl.document("{ search(text: \"ตาก) OR (*\") { node { id } } }").execute()
                .errors().verify()
                .path("search[0].node.id").entity(String.class).isEqualTo("TH-63");
    }

    @Test
    void aPrefixFindsTheProvinceBeforeLongerNamesThatContainIt() {
        // typing กาญจนบุ (Kanchanaburi, not yet complete); the university and the district office contain it too
        assertThat(ids("กาญจนบุ")).first().isEqualTo("TH-71");
        assertThat(ids("กาญจนบุ")).contains("AG-UNI-KRU");
        // a prefix shorter than any Thai word: the province before the tambon กาญจนา and the district กาญจนดิษฐ์
        assertThat(ids("กาญจน")).first().isEqualTo("TH-71");
        assertThat(ids("Kanchan")).first().isEqualTo("TH-71");
    }

    @Test
    void abbreviationsFindTheirAgency() {
        // CODI and พอช., the English and Thai abbreviations of the Community Organizations Development Institute
        assertThat(ids("CODI")).first().isEqualTo("AG-CODI");
        assertThat(ids("พอช.")).first().isEqualTo("AG-CODI");
    }

    @Test
    void ocrSpellingsInTheSourcesFindTheEntity() {
        // 004:58 prints กรมการพัฒนชุมชน (a missing า) for the Community Development Department
        assertThat(ids("กรมการพัฒนชุมชน")).first().isEqualTo("AG-CDD");
        // 000:416 prints อาเภอไทรโยค (า for ำ) for the Sai Yok district office
        assertThat(ids("อาเภอไทรโยค")).first().isEqualTo("AG-DISTRICT-SAIYOK");
        // 000:357 prints พื้นฟู for ฟื้นฟู in Tak's project on natural resources
        assertThat(ids("พื้นฟู")).first().isEqualTo("PJ-000-2563-TH-63-3");
    }

    @Test
    void typesNarrowTheSearchBeforeThePageIsCut() {
        // housing (ที่อยู่อาศัย) is in the names of more than three indicators (KPIs 2.3 and 2.4 of seed 000, 000:81 and 000:86, …);
        // asked for indicators only, the page is full of them
        List<Map> hits = graphQl.document("{ search(text: \"ที่อยู่อาศัย\", types: [INDICATOR], first: 3) { type node { id } } }")
                .execute().path("search").entityList(Map.class).get();
        assertThat(hits).hasSize(3).allSatisfy(hit -> assertThat(hit.get("type")).isEqualTo("INDICATOR"));
        // without types, every hit is an entity the API has a type for (no budget or observation nodes)
        graphQl.document("{ search(text: \"ที่อยู่อาศัย\", first: 20) { type } }").execute()
                .path("search[*].type").entityList(String.class).hasSize(20);
    }
}
