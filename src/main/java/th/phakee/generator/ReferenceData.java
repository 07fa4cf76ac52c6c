package th.phakee.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the generator takes from the real dataset (the packaged {@code data/}, or a bundle directory): the
 * gazetteer (regions, 77 provinces, 928 districts, 7,435 tambons and how they nest), the national layer of plans
 * (national strategy, master plans and sub-plans, NESDP, reform, SDG, level-3 plans) and the national agencies
 * with their units, all copied as they are; and pools of real names (strategic issues, programmes, provincial and
 * community strategies, projects, activities, indicators with their units) that generated rows are named from.
 */
final class ReferenceData {

    /** Plan levels copied whole: plans above any one agency, province or year. */
    static final Set<String> NATIONAL_LEVELS = Set.of("NATIONAL_STRATEGY", "NATIONAL_STRATEGY_GOAL", "MASTER_PLAN",
            "SUB_PLAN", "REFORM_PLAN", "NESDP", "NESDP_MILESTONE", "SDG_GOAL", "SDG_TARGET", "LEVEL3_PLAN");

    private static final java.util.regex.Pattern THAI_LETTER = java.util.regex.Pattern.compile("[\u0E01-\u0E2E]");

    /** A row of a bundle file: cell texts by column name. */
    record Row(Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /** A province with its districts, each district with its tambons, in id order. */
    record Province(Row row, List<District> districts) {
        String id() {
            return row.get("id");
        }

        String name() {
            return row.get("nameTh");
        }

        List<Tambon> tambons() {
            return districts.stream().flatMap(d -> d.tambons().stream()).toList();
        }
    }

    record District(Row row, Province province, List<Tambon> tambons) {
        String id() {
            return row.get("id");
        }

        String name() {
            return row.get("nameTh");
        }
    }

    record Tambon(Row row, District district) {
        String id() {
            return row.get("id");
        }

        String name() {
            return row.get("nameTh");
        }

        Province province() {
            return district.province();
        }
    }

    @FunctionalInterface
    interface FileSource {
        /** The file's text, or null if the bundle does not have it. */
        InputStream open(String name) throws IOException;
    }

    final List<Row> regions;
    final List<Row> provinceRows;
    final List<Row> districtRows;
    final List<Row> tambonRows;
    /** PART_OF between places: tambon → district → province → regions of both schemes. */
    final List<Row> placePartOf;
    final List<Province> provinces = new ArrayList<>();
    final List<Tambon> tambons = new ArrayList<>();
    final List<Row> nationalPlans;
    /** PART_OF, LINKS_TO and OWNS among the copied plans and agencies. */
    final List<Row> nationalPartOf;
    final List<Row> nationalLinks;
    final List<Row> nationalOwns;
    final List<Row> nationalAgencies;
    final Set<String> agencyIds;
    final List<Row> codi5Regions;

    final List<String> issueNames;
    final List<String> programmeNames;
    final List<String> subProgrammeNames;
    final List<String> provincialStrategyNames;
    final List<String> communityStrategyNames;
    final List<String> projectNames;
    final List<String> activityNames;
    /** Indicator name and unit pairs. */
    final List<String[]> indicators;

    private ReferenceData(FileSource files) {
        regions = read(files, "Region.csv");
        provinceRows = read(files, "Province.csv");
        districtRows = read(files, "District.csv");
        tambonRows = read(files, "Tambon.csv");
        List<Row> partOf = read(files, "PART_OF.csv");
        List<Row> plans = read(files, "Plan.csv");
        List<Row> agencies = read(files, "Agency.csv");
        List<Row> located = read(files, "LOCATED_IN.csv");

        Set<String> places = new HashSet<>();
        for (List<Row> rows : List.of(regions, provinceRows, districtRows, tambonRows)) {
            rows.forEach(r -> places.add(r.get("id")));
        }
        placePartOf = partOf.stream().filter(r -> places.contains(r.get("from")) && places.contains(r.get("to"))).toList();
        nest(partOf);
        codi5Regions = regions.stream().filter(r -> r.get("scheme").equals("CODI5")).toList();

        nationalPlans = plans.stream().filter(r -> NATIONAL_LEVELS.contains(r.get("level"))).toList();
        // agencies of no one place: ministries, departments, their units, funds, networks, universities …
        Set<String> placed = new HashSet<>();
        located.forEach(r -> placed.add(r.get("from")));
        nationalAgencies = agencies.stream().filter(r -> !placed.contains(r.get("id"))).toList();
        agencyIds = new HashSet<>();
        nationalAgencies.forEach(r -> agencyIds.add(r.get("id")));
        Set<String> national = new HashSet<>(agencyIds);
        nationalPlans.forEach(r -> national.add(r.get("id")));
        Predicate<Row> within = r -> national.contains(r.get("from")) && national.contains(r.get("to"));
        nationalPartOf = partOf.stream().filter(within).toList();
        nationalLinks = read(files, "LINKS_TO.csv").stream().filter(within)
                .filter(r -> r.get("via").isEmpty() || agencyIds.contains(r.get("via"))).toList();
        nationalOwns = read(files, "OWNS.csv").stream().filter(within).toList();

        Set<String> provinceNames = new HashSet<>();
        provinceRows.forEach(r -> provinceNames.add(r.get("nameTh")));
        // names that name no province, so that they fit any province they are given to
        Predicate<String> placeless = name -> provinceNames.stream().noneMatch(name::contains) && !name.contains("จังหวัด");
        issueNames = names(plans, "STRATEGIC_ISSUE", placeless);
        programmeNames = names(plans, "PROGRAMME", placeless);
        subProgrammeNames = names(plans, "SUB_PROGRAMME", placeless);
        provincialStrategyNames = names(plans, "PROVINCIAL_STRATEGY", placeless);
        communityStrategyNames = names(plans, "COMMUNITY_STRATEGY", placeless);
        List<Row> projects = read(files, "Project.csv");
        projectNames = distinct(projects.stream().filter(r -> r.get("kind").equals("PROJECT")).map(r -> r.get("nameTh"))
                .map(ReferenceData::withoutProjectWord).filter(placeless).toList());
        activityNames = distinct(projects.stream().filter(r -> !r.get("kind").equals("PROJECT")).map(r -> r.get("nameTh"))
                .filter(placeless).toList());
        Map<String, String[]> indicatorsByName = new LinkedHashMap<>();
        for (Row row : read(files, "Indicator.csv")) {
            if (placeless.test(row.get("nameTh")) && THAI_LETTER.matcher(row.get("nameTh")).find()) {
                indicatorsByName.putIfAbsent(row.get("nameTh") + "\u0000" + row.get("unit"),
                        new String[] { nfc(row.get("nameTh")), nfc(row.get("unit")) });
            }
        }
        indicators = List.copyOf(indicatorsByName.values());
    }

    /** The packaged dataset ({@code data/}, on the classpath as {@code dataset/}). */
    static ReferenceData packaged() {
        ClassLoader loader = ReferenceData.class.getClassLoader();
        ReferenceData data = new ReferenceData(name -> loader.getResourceAsStream("dataset/" + name));
        if (data.tambonRows.isEmpty()) {
            throw new IllegalStateException("The packaged dataset (classpath:dataset/) has no Tambon.csv");
        }
        return data;
    }

    /** A bundle directory, e.g. {@code data}. */
    static ReferenceData directory(Path dir) {
        return new ReferenceData(name -> Files.isRegularFile(dir.resolve(name))
                ? Files.newInputStream(dir.resolve(name)) : null);
    }

    private void nest(List<Row> partOf) {
        Map<String, String> parent = new LinkedHashMap<>();
        partOf.forEach(r -> parent.putIfAbsent(r.get("from") + ">" + labelOfParent(r.get("to")), r.get("to")));
        Map<String, Province> byId = new LinkedHashMap<>();
        for (Row row : provinceRows) {
            Province province = new Province(row, new ArrayList<>());
            byId.put(row.get("id"), province);
            provinces.add(province);
        }
        Map<String, District> districts = new LinkedHashMap<>();
        for (Row row : districtRows) {
            Province province = byId.get(parent.get(row.get("id") + ">province"));
            if (province == null) {
                throw new IllegalStateException("District " + row.get("id") + " is part of no province");
            }
            District district = new District(row, province, new ArrayList<>());
            province.districts().add(district);
            districts.put(row.get("id"), district);
        }
        for (Row row : tambonRows) {
            District district = districts.get(parent.get(row.get("id") + ">district"));
            if (district == null) {
                throw new IllegalStateException("Tambon " + row.get("id") + " is part of no district");
            }
            Tambon tambon = new Tambon(row, district);
            district.tambons().add(tambon);
            tambons.add(tambon);
        }
    }

    /** Provinces are {@code TH-xx}, districts 4-digit and tambons 6-digit geocodes. */
    private static String labelOfParent(String id) {
        return id.startsWith("TH-") && !id.startsWith("TH-R") ? "province" : id.matches("\\d{4}") ? "district" : "other";
    }

    private static List<String> names(List<Row> plans, String level, Predicate<String> keep) {
        return distinct(plans.stream().filter(r -> r.get("level").equals(level)).map(r -> r.get("nameTh")).filter(keep).toList());
    }

    /** Distinct NFC names in the order of their first row (the files are in id order: deterministic). */
    private static List<String> distinct(List<String> names) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        // Thai names only (a few real ones are English slogans), and none that the list syntax would split
        names.stream().map(ReferenceData::nfc).filter(n -> THAI_LETTER.matcher(n).find() && !n.contains("|"))
                .forEach(seen::add);
        if (seen.isEmpty()) {
            throw new IllegalStateException("The reference dataset has no names of a kind the generator needs");
        }
        return List.copyOf(seen);
    }

    private static String withoutProjectWord(String name) {
        String stripped = name.startsWith("โครงการ") ? name.substring("โครงการ".length()).strip() : name;
        return stripped.isEmpty() ? name : stripped;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<Row> read(FileSource files, String name) {
        try (InputStream in = files.open(name)) {
            if (in == null) {
                return List.of();
            }
            List<Row> rows = new ArrayList<>();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                for (CSVRecord record : parser) {
                    rows.add(new Row(Collections.unmodifiableMap(new LinkedHashMap<>(record.toMap()))));
                }
            }
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + " of the reference dataset", e);
        }
    }
}
