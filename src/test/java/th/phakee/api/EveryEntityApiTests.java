package th.phakee.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every entity works everywhere (issue 14, item 5): node, nodes, linkage and linkPaths take any entity's id; a
 * province's linkage rows name the agency wherever an element of the row does; an agency's projects and the project
 * filter by agency are the same projects. And an id that names nothing is a NOT_FOUND that names it (item 6).
 */
@ApiTest
class EveryEntityApiTests {

    private static final int BATCH = 500;

    @Autowired
    HttpGraphQlTester graphQl;

    /** Every node id of the shipped bundle: the id column of each node file of data/ (docs/dataset-format.md). */
    static List<String> datasetIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".csv", "");
                if (name.equals(name.toUpperCase())) {
                    continue; // a relationship type's file
                }
                try (CSVParser rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(Files.newBufferedReader(file))) {
                    rows.forEach((CSVRecord row) -> ids.add(row.get("id")));
                }
            }
        }
        return ids;
    }

    private static String quoted(String id) throws IOException {
        return new ObjectMapper().writeValueAsString(id);
    }

    @Test
    void linkageAcceptsEveryEntityOfTheDataset() throws IOException {
        List<String> ids = datasetIds();
        // docs/graph-model.md: 77 provinces, 928 districts, 7,435 tambons and every document's entities
        assertThat(ids).hasSizeGreaterThan(11_000).contains("COM-001-01", "TH-63", "OBS-000-1.1-RESULT-2562", "003");
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            StringBuilder document = new StringBuilder("{");
            for (int i = 0; i < batch.size(); i++) {
                document.append(" e").append(i).append(": linkage(from: ").append(quoted(batch.get(i)))
                        .append(", maxDepth: 1) { nodes { id } }");
            }
            Map<String, Map<String, List<Map<String, Object>>>> answers = graphQl.document(document.append(" }").toString())
                    .execute().errors().verify().path("$.data").entity(Map.class).get();
            for (int i = 0; i < batch.size(); i++) {
                // the entity itself is always part of its linkage, alone where it has no links
                assertThat(answers.get("e" + i).get("nodes")).extracting(n -> n.get("id")).as(batch.get(i)).contains(batch.get(i));
            }
        }
    }

    @Test
    void nodeAndNodesResolveEveryEntityOfTheDataset() throws IOException {
        List<String> ids = datasetIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<String> answered = graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
                    .variable("ids", batch).execute().errors().verify()
                    .path("nodes[*].id").entityList(String.class).get();
            assertThat(answered).containsExactlyElementsOf(batch);
        }
        graphQl.document("{ node(id: \"COM-001-01\") { __typename id } }").execute()
                .path("node.__typename").entity(String.class).isEqualTo("Community");
    }

    @Test
    void anEntityWithoutLinksIsItsOwnLinkageAndPathsStartFromIt() {
        // 001:418: the learning site of ตำบลไชยมนตรี, located but linked to no plan
        graphQl.document("{ linkage(from: \"COM-001-01\") { nodes { id label } edges { type } } }").execute()
                .errors().verify()
                .path("linkage.nodes[*].id").entityList(String.class).containsExactly("COM-001-01")
                .path("linkage.edges").entityList(Map.class).hasSize(0);
        // a path from it to itself is the entity alone; to its province, one LOCATED_IN step
        graphQl.document("""
                { self: linkPaths(from: "COM-001-01", to: "COM-001-01") { length nodes { id } }
                  province: linkPaths(from: "COM-001-01", to: "TH-80", maxLength: 2) { length edges { type } } }""")
                .execute().errors().verify()
                .path("self[0].length").entity(Integer.class).isEqualTo(0)
                .path("self[0].nodes[*].id").entityList(String.class).containsExactly("COM-001-01")
                .path("province[0].length").entity(Integer.class).isEqualTo(1)
                .path("province[0].edges[0].type").entity(String.class).isEqualTo("LOCATED_IN");
    }

    @ParameterizedTest
    @CsvSource({ "plan, id, Plan", "project, id, Project", "agency, id, Agency", "indicator, id, Indicator",
            "province, id, Province", "node, id, Node", "linkage, from, Subgraph" })
    void anUnknownIdIsNotFoundAndNamed(String field, String argument, String type) {
        // GitHub's convention: null, and a NOT_FOUND error that names the id asked for
        String selection = type.equals("Subgraph") ? "{ nodes { id } }" : "{ id }";
        graphQl.document("{ " + field + "(" + argument + ": \"NO-SUCH-ID-14\") " + selection + " }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("\"NO-SUCH-ID-14\"")
                        && e.getMessage().contains(type)).verify();
    }

    @Test
    void linkPathsNamesTheEndThatNamesNothing() {
        // an unknown end is a NOT_FOUND naming the argument that gave it, not an empty list
        graphQl.document("{ linkPaths(from: \"CODI-AP2567-P03\", to: \"NO-SUCH-ID-14\") { length } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND
                        && e.getMessage().equals("No Path with to \"NO-SUCH-ID-14\"; find ids with search(text:)."))
                .verify();
        // the same for from, also when no path is asked for (first: 0)
        graphQl.document("{ linkPaths(from: \"NO-SUCH-ID-14\", to: \"NS\", first: 0) { length } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND
                        && e.getMessage().equals("No Path with from \"NO-SUCH-ID-14\"; find ids with search(text:)."))
                .verify();
        // known ids still give their paths (docs/api.md: programme 3 to the national strategy in 4 steps), the path
        // from an entity to itself is its length 0, and known ids with no path short enough answer none
        graphQl.document("""
                { toNs: linkPaths(from: "CODI-AP2567-P03", to: "NS", maxLength: 4, first: 1) { length nodes { id } }
                  self: linkPaths(from: "NS", to: "NS") { length nodes { id } }
                  tooFar: linkPaths(from: "CODI-AP2567-P03", to: "NS", maxLength: 1) { length } }""")
                .execute().errors().verify()
                .path("toNs[*].length").entityList(Integer.class).containsExactly(4)
                .path("toNs[0].nodes[*].id").entityList(String.class)
                .containsExactly("CODI-AP2567-P03", "CODI-AP2567-I1", "CODI-AP2567", "MP-15", "NS")
                .path("self[*].length").entityList(Integer.class).containsExactly(0)
                .path("self[0].nodes[*].id").entityList(String.class).containsExactly("NS")
                .path("tooFar").entityList(Map.class).hasSize(0);
    }

    @Test
    void everyProvincialLinkageRowNamesTheAgencyItsTableNames() {
        // 000:379-381, 468-469: rows "เชื่อมโยงหน่วยงาน" (linked through an agency): each names the agency in its
        // หน่วยงาน column and a project with it; 000:333 (บึงกาฬ, FY2562) names องค์การบริหารการพัฒนาพื้นที่พิเศษเพื่อการ
        // ท่องเที่ยวอย่างยั่งยืน (องค์การมหาชน) as the one the community works with
        Map<String, String> agencyOf = new TreeMap<>(Map.of(
                "TH-47", "ศูนย์ป่าไม้ สกลนคร",                              // 000:379
                "TH-30", "โครงการชลประทาน",                                // 000:380
                "TH-49", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์",       // 000:381
                "TH-23", "กรมเจ้าท่า",                                      // 000:468
                "TH-13", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",    // 000:469
                "TH-38", "องค์การบริหารการพัฒนาพื้นที่พิเศษเพื่อการท่องเที่ยวอย่างยั่งยืน")); // 000:333
        // the money of each row's projects (000:379 271,800; 380 37,629,000; 381 337,500; 468 no amount; 469 4,773,200)
        Map<String, Long> moneyOf = Map.of("TH-47", 271_800L, "TH-30", 37_629_000L, "TH-49", 337_500L, "TH-23", 0L,
                "TH-13", 4_773_200L, "TH-38", 0L);
        agencyOf.forEach((province, agency) -> {
            List<Map> rows = graphQl.document("""
                    { province(id: "%s") { linkages { via { nameTh } projects { id } budget { baht } sources { line } } } }"""
                    .formatted(province)).execute().path("province.linkages").entityList(Map.class).get();
            assertThat(rows).as(province).hasSize(1);
            Map<?, ?> row = rows.get(0);
            assertThat(row.get("via")).as(province + " via").isNotNull();
            assertThat(((Map<?, ?>) row.get("via")).get("nameTh").toString()).as(province).contains(agency);
            assertThat(((Number) ((Map<?, ?>) row.get("budget")).get("baht")).longValue()).as(province)
                    .isEqualTo(moneyOf.get(province));
            assertThat((List<?>) row.get("sources")).as(province).isNotEmpty();
            if (!province.equals("TH-38")) {
                assertThat((List<?>) row.get("projects")).as(province + " projects").hasSize(1);
            }
        });
    }

    @Test
    void anAgencysProjectsAreTheProjectsTheFilterFindsForIt() {
        // 000:403-405: ศอ.บต. pays for the projects of นราธิวาส, ยะลา and ปัตตานี; it is responsible for none
        graphQl.document("""
                { agency(id: "AG-SBPAC") { projects { id } responsible: projects(role: RESPONSIBLE) { id }
                                           pays: projects(role: PAYS) { id } } }""")
                .execute()
                .path("agency.projects[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("PJ-000-2563-TH-96-1", "PJ-000-2563-TH-95-1",
                        "PJ-000-2563-TH-94-1"))
                .path("agency.responsible").entityList(Map.class).hasSize(0)
                .path("agency.pays[*].id").entityList(String.class).hasSize(3);
        // the contract: for every agency, each role and with or without its units, the field and the filter agree
        List<String> agencies = graphQl.document("{ agencies(first: 500) { edges { node { id } } } }").execute()
                .path("agencies.edges[*].node.id").entityList(String.class).get();
        assertThat(agencies).hasSizeGreaterThan(100);
        for (String variant : List.of("", "role: [PARTNER]", "role: [RESPONSIBLE, PAYS, PARTNER], includeUnits: true")) {
            String filterVariant = variant.replace("role:", "agencyRole:");
            StringBuilder document = new StringBuilder("{");
            for (int i = 0; i < agencies.size(); i++) {
                String id = agencies.get(i);
                document.append(" f").append(i).append(": agency(id: \"").append(id).append("\") { projects")
                        .append(variant.isEmpty() ? "" : "(" + variant + ")").append(" { id } }")
                        .append(" p").append(i).append(": projects(where: {agency: \"").append(id).append("\"")
                        .append(filterVariant.isEmpty() ? "" : ", " + filterVariant).append("}, first: 500) { edges { node { id } } }");
            }
            Map<String, Map<String, List<Map<String, Object>>>> answers = graphQl.document(document.append(" }").toString())
                    .execute().errors().verify().path("$.data").entity(Map.class).get();
            int withProjects = 0;
            for (int i = 0; i < agencies.size(); i++) {
                Set<Object> field = answers.get("f" + i).get("projects").stream().map(p -> p.get("id")).collect(Collectors.toSet());
                Set<Object> filter = answers.get("p" + i).get("edges").stream()
                        .map(e -> ((Map<?, ?>) e.get("node")).get("id")).collect(Collectors.toSet());
                assertThat(field).as(agencies.get(i) + " " + variant).isEqualTo(filter);
                withProjects += field.isEmpty() ? 0 : 1;
            }
            assertThat(withProjects).as(variant).isPositive();
        }
    }

    @Test
    void anAgencysUnitsProjectsAreIncludedOnRequest() {
        // 004's projects are CDD's bureaus' and offices' (responsible units, 004:646-688): the department itself
        // is responsible for few of them, its units for the rest
        var response = graphQl.document("""
                { agency(id: "AG-CDD") { own: projects { id } all: projects(includeUnits: true) { id } units { id } } }""")
                .execute();
        List<String> own = response.path("agency.own[*].id").entityList(String.class).get();
        List<String> all = response.path("agency.all[*].id").entityList(String.class).get();
        assertThat(response.path("agency.units").entityList(Map.class).get()).isNotEmpty();
        assertThat(all).containsAll(own).hasSizeGreaterThan(own.size());
    }
}
