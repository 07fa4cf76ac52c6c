package th.phakee.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.phakee.importer.Bundle;
import th.phakee.importer.BulkImporter;

/**
 * The generator on a bundle just above its smallest size: the same bytes for the same size and seed, other bytes
 * for another seed, exactly the nodes asked for, valid for the importer, and shaped like the seeds (every tambon
 * with its council and communities, ten fiscal years of projects under plans, provincial linkages with their
 * agencies, budgets that add up, results by region that add up, Thai names, a citation for every row that points at
 * a line of the generated document naming it).
 */
class GeneratorTests {

    static final long NODES = 45_000;
    static final long SEED = 7;

    @TempDir
    static Path temp;

    static Path bundle;
    static Map<String, List<Map<String, String>>> rows = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        bundle = temp.resolve("generated");
        DatasetGenerator generator = new DatasetGenerator(ReferenceData.packaged(), NODES, SEED);
        generator.generate().write(bundle);
        try (Stream<Path> files = Files.list(bundle)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                rows.put(file.getFileName().toString().replace(".csv", ""), read(file));
            }
        }
    }

    @Test
    void theSameSizeAndSeedGiveTheSameBytesAndAnotherSeedOthers() throws IOException {
        Path again = temp.resolve("again");
        new DatasetGenerator(ReferenceData.packaged(), NODES, SEED).generate().write(again);
        assertThat(files(again)).isEqualTo(files(bundle));
        for (String file : files(bundle)) {
            assertThat(again.resolve(file)).as(file).hasSameBinaryContentAs(bundle.resolve(file));
        }

        Path other = temp.resolve("other-seed");
        new DatasetGenerator(ReferenceData.packaged(), NODES, SEED + 1).generate().write(other);
        assertThat(Files.mismatch(other.resolve("Project.csv"), bundle.resolve("Project.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void holdsExactlyTheNodesAskedForAndRefusesFewerThanItsSkeleton() {
        long nodes = rows.entrySet().stream().filter(e -> !e.getKey().equals(e.getKey().toUpperCase()))
                .mapToLong(e -> e.getValue().size()).sum();
        assertThat(nodes).isEqualTo(NODES);
        long minimum = DatasetGenerator.minimumNodes(ReferenceData.packaged(), SEED);
        assertThat(minimum).isBetween(30_000L, NODES);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new DatasetGenerator(ReferenceData.packaged(), minimum - 1, SEED).generate())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least " + minimum);
    }

    @Test
    void theImporterFindsNoProblem() {
        assertThat(BulkImporter.problemsInEmptyGraph(Bundle.directory(bundle))).isEmpty();
    }

    @Test
    void everyPlaceIsTheGazetteersAndEveryTambonHasItsCouncilAndACommunity() throws IOException {
        Path data = Path.of("data");
        for (String label : List.of("Region", "Province", "District", "Tambon")) {
            assertThat(ids(label)).as(label).isEqualTo(read(data.resolve(label + ".csv")).stream()
                    .map(r -> r.get("id")).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(ids("Tambon")).hasSize(7_435);
        assertThat(ids("Province")).hasSize(77);
        Map<String, Set<String>> locatedIn = new HashMap<>();
        for (Map<String, String> row : rows.get("LOCATED_IN")) {
            locatedIn.computeIfAbsent(row.get("to"), k -> new HashSet<>()).add(row.get("from"));
        }
        for (String tambon : ids("Tambon")) {
            Set<String> here = locatedIn.getOrDefault(tambon, Set.of());
            assertThat(here).as(tambon).contains("CNL-" + tambon);
            assertThat(here.stream().filter(id -> id.startsWith("COM-" + tambon))).as(tambon).isNotEmpty();
        }
    }

    @Test
    void projectsOfTenFiscalYearsAreUnderPlansWithTheirActivitiesAndBudgetsThatAddUp() {
        List<Map<String, String>> projects = rows.get("Project");
        Set<String> years = projects.stream().filter(p -> p.get("kind").equals("PROJECT")).map(p -> p.get("fiscalYear"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(years).containsExactlyElementsOf(IntStream.rangeClosed(2558, 2567).mapToObj(String::valueOf).toList());
        Set<String> under = rows.get("UNDER").stream().map(r -> r.get("from")).collect(Collectors.toSet());
        Map<String, String> partOf = new HashMap<>();
        rows.get("PART_OF").forEach(r -> partOf.put(r.get("from"), r.get("to")));
        Set<String> plans = ids("Plan");
        rows.get("UNDER").forEach(r -> assertThat(plans).contains(r.get("to")));
        for (Map<String, String> project : projects) {
            switch (project.get("kind")) {
                case "PROJECT" -> assertThat(under).as(project.get("id")).contains(project.get("id"));
                case "ACTIVITY" -> assertThat(partOf.get(project.get("id"))).as(project.get("id"))
                        .isEqualTo(project.get("id").replaceFirst("-A\\d+$", ""));
                default -> assertThat(partOf.get(project.get("id"))).as(project.get("id"))
                        .isEqualTo(project.get("id").replaceFirst("-\\d+$", ""));
            }
        }

        Map<String, Long> amounts = new HashMap<>();
        rows.get("Budget").forEach(b -> {
            assertThat(b.get("amountBaht")).matches("\\d+");
            amounts.put(b.get("id"), Long.parseLong(b.get("amountBaht")));
        });
        Map<String, Long> sumOfParts = new HashMap<>();
        rows.get("PART_OF").stream().filter(r -> amounts.containsKey(r.get("from")))
                .forEach(r -> sumOfParts.merge(r.get("to"), amounts.get(r.get("from")), Long::sum));
        assertThat(sumOfParts).isNotEmpty();
        sumOfParts.forEach((whole, sum) -> assertThat(sum).as(whole).isEqualTo(amounts.get(whole)));
        Set<String> payers = rows.get("FROM").stream().map(r -> r.get("to")).collect(Collectors.toSet());
        assertThat(ids("Agency")).containsAll(payers);
    }

    @Test
    void everyProvinceHasItsPlansAndCommunityStrategiesLinkedViaOneOfItsAgencies() {
        Map<String, String> agencyProvince = new HashMap<>();
        Set<String> agencies = ids("Agency");
        rows.get("LOCATED_IN").stream().filter(r -> agencies.contains(r.get("from")) && r.get("to").startsWith("TH-"))
                .forEach(r -> agencyProvince.put(r.get("from"), r.get("to")));
        Map<String, String> targets = new HashMap<>();
        rows.get("TARGETS").forEach(r -> targets.put(r.get("from"), r.get("to")));
        Map<String, Integer> linkedStrategies = new HashMap<>();
        Map<String, String> levels = new HashMap<>();
        rows.get("Plan").forEach(p -> levels.put(p.get("id"), p.get("level")));
        for (Map<String, String> link : rows.get("LINKS_TO")) {
            if ("COMMUNITY_STRATEGY".equals(levels.get(link.get("from")))) {
                String province = targets.get(link.get("from"));
                assertThat(agencyProvince.get(link.get("via"))).as(link.toString()).isEqualTo(province);
                assertThat(levels.get(link.get("to"))).isIn("PROVINCIAL_STRATEGY", "PROVINCIAL_PLAN");
                assertThat(link.get("to")).contains(province);
                linkedStrategies.merge(province, 1, Integer::sum);
            }
        }
        assertThat(linkedStrategies.keySet()).isEqualTo(ids("Province"));
        Map<String, Long> provincialPlans = rows.get("Plan").stream().filter(p -> p.get("level").equals("PROVINCIAL_PLAN"))
                .collect(Collectors.groupingBy(p -> targets.get(p.get("id")), Collectors.counting()));
        assertThat(provincialPlans.keySet()).isEqualTo(ids("Province"));
        assertThat(provincialPlans.values()).containsOnly(3L);
        assertThat(rows.get("PARTNERS_WITH")).isNotEmpty();
        assertThat(rows.get("RESPONSIBLE_FOR")).isNotEmpty();
    }

    @Test
    void resultsByRegionAddUpToTheNationalResult() {
        Map<String, Map<String, String>> observations = new HashMap<>();
        rows.get("Observation").forEach(o -> observations.put(o.get("id"), o));
        Map<String, Long> byRegion = new HashMap<>();
        for (Map<String, String> row : rows.get("FOR")) {
            Map<String, String> obs = observations.get(row.get("from"));
            if (row.get("to").startsWith("CODI-R-") && !obs.get("unit").equals("ร้อยละ")) {
                byRegion.merge(obs.get("id").replaceFirst("-[A-Z-]+$", ""), Long.parseLong(obs.get("value")), Long::sum);
            }
        }
        assertThat(byRegion).isNotEmpty();
        byRegion.forEach((national, sum) -> assertThat(sum).as(national)
                .isEqualTo(Long.parseLong(observations.get(national).get("value"))));
    }

    @Test
    void everyNameIsThaiInNfc() {
        for (var file : rows.entrySet()) {
            for (Map<String, String> row : file.getValue()) {
                String name = row.get("nameTh");
                if (name != null) {
                    assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as(name).isTrue();
                    assertThat(name).as(file.getKey() + " " + row.get("id")).containsPattern("[\u0E01-\u0E2E]");
                }
            }
        }
    }

    @Test
    void everyCitationPointsAtALineOfTheGeneratedDocumentThatNamesTheRow() throws IOException {
        assertThat(rows.get("Source")).singleElement().satisfies(source -> {
            assertThat(source.get("id")).isEqualTo("900");
            assertThat(bundle.resolve("sources").resolve(source.get("file"))).isRegularFile();
        });
        List<String> lines = Files.readAllLines(bundle.resolve("sources/900_generated.txt"), StandardCharsets.UTF_8);
        int cited = 0;
        for (var file : rows.entrySet()) {
            for (Map<String, String> row : file.getValue()) {
                String src = row.get("src");
                if (src == null || src.isEmpty()) {
                    continue;
                }
                assertThat(src).matches("900:\\d+");
                String line = lines.get(Integer.parseInt(src.substring(4)) - 1);
                List<String> named = row.containsKey("id") ? List.of(row.get("id")) : List.of(row.get("from"), row.get("to"));
                assertThat(named).as(file.getKey() + " " + row + " cites " + line).anyMatch(line::contains);
                cited++;
            }
        }
        assertThat(cited).isGreaterThan((int) NODES / 2);
    }

    private static Set<String> ids(String label) {
        return rows.get(label).stream().map(r -> r.get("id")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> result = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                result.add(record.toMap());
            }
            return result;
        }
    }
}
