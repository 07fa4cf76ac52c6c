package th.phakee.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * One deduplicated set of agencies across the five documents (docs/data.md, "Agencies across the documents"): no two
 * agencies are known by the same name, alias or abbreviation, except line offices printed without their province
 * ("สำนักงานเกษตรจังหวัด"), which are distinct offices of different provinces; every agency has a kind; offices of one
 * province are located in it.
 */
class AgencySetTests {

    static final Path DATA = Path.of("data");

    @Test
    void noTwoAgenciesShareANameAliasOrAbbreviation() throws IOException {
        assertThat(sharedSpellings(rows("Agency.csv"), provinceNamesEn())).isEmpty();
    }

    @Test
    void aReintroducedDuplicateIsFoundButOfficesOfDifferentProvincesAreNot() throws IOException {
        List<Map<String, String>> agencies = new ArrayList<>(rows("Agency.csv"));
        // seed 000 prints สช. for the National Health Commission Office (000:332); a second id for it is a duplicate
        agencies.add(Map.of("id", "AG-NHC-OFFICE", "nameTh", "สำนักงานคณะกรรมการ สุขภาพแห่งชาติ", "nameEn", "NHCO",
                "abbr", "", "aliases", ""));
        // an English-named duplicate of CODI, found by its abbreviation in another case
        agencies.add(Map.of("id", "AG-CODI-EN", "nameTh", "", "nameEn", "Community Organizations Development Institute",
                "abbr", "codi", "aliases", ""));
        // a fourth generic สำนักงานเกษตรจังหวัด, of a province not met yet: distinct
        agencies.add(Map.of("id", "AG-AGRI-PROV-TH-50", "nameTh", "สำนักงานเกษตรจังหวัด",
                "nameEn", "Chiang Mai Provincial Agricultural Extension Office", "abbr", "", "aliases", ""));
        // the same generic name for a province that already has one: a duplicate
        agencies.add(Map.of("id", "AG-AGRI-PROV-TH-19-BIS", "nameTh", "สำนักงานเกษตรจังหวัด",
                "nameEn", "Saraburi Provincial Agricultural Extension Office", "abbr", "", "aliases", ""));
        Map<String, Set<String>> shared = sharedSpellings(agencies, provinceNamesEn());
        assertThat(shared).containsOnlyKeys("สำนักงานคณะกรรมการสุขภาพแห่งชาติ", "codi", "สำนักงานเกษตรจังหวัด",
                "saraburiprovincialagriculturalextensionoffice");
        assertThat(shared.get("สำนักงานคณะกรรมการสุขภาพแห่งชาติ")).containsExactlyInAnyOrder("AG-NHCO", "AG-NHC-OFFICE");
        assertThat(shared.get("codi")).containsExactlyInAnyOrder("AG-CODI", "AG-CODI-EN");
        assertThat(shared.get("สำนักงานเกษตรจังหวัด")).containsExactlyInAnyOrder("AG-AGRI-PROV-TH-19", "AG-AGRI-PROV-TH-19-BIS");
    }

    @Test
    void everyAgencyHasAKind() throws IOException {
        assertThat(rows("Agency.csv")).filteredOn(a -> a.get("kind").isBlank()).extracting(a -> a.get("id")).isEmpty();
    }

    @Test
    void officesOfOneProvinceAreLocatedInIt() throws IOException {
        Map<String, Set<String>> locatedIn = new TreeMap<>();
        for (Map<String, String> row : rows("LOCATED_IN.csv")) {
            locatedIn.computeIfAbsent(row.get("from"), k -> new TreeSet<>()).add(row.get("to"));
        }
        Pattern provinceId = Pattern.compile("-(TH-\\d\\d)$");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> agency : rows("Agency.csv")) {
            String id = agency.get("id");
            Matcher m = provinceId.matcher(id);
            boolean ofOneProvince = m.find();
            boolean pao = agency.get("kind").equals("PROVINCIAL_ADMIN_ORG");
            Set<String> places = locatedIn.getOrDefault(id, Set.of());
            if (ofOneProvince && !places.contains(m.group(1))) {
                failures.add(id + " is not LOCATED_IN " + m.group(1));
            }
            if (pao && places.stream().noneMatch(p -> p.matches("TH-\\d\\d"))) {
                failures.add(id + " (a PAO) is located in no province");
            }
            checked += ofOneProvince || pao ? 1 : 0;
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(50);
    }

    /**
     * Each spelling (NFC, no whitespace, lower case) that more than one agency is known by, with those agencies; two
     * agencies whose English names name different provinces may share a spelling.
     */
    static Map<String, Set<String>> sharedSpellings(Collection<Map<String, String>> agencies, Collection<String> provinces) {
        Map<String, Set<String>> byKey = new TreeMap<>();
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (Map<String, String> agency : agencies) {
            byId.put(agency.get("id"), agency);
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(agency.get("nameTh"));
            spellings.add(agency.get("nameEn"));
            spellings.add(agency.get("abbr"));
            spellings.addAll(List.of(agency.getOrDefault("aliases", "").split("\\|")));
            for (String spelling : spellings) {
                String key = key(spelling);
                if (!key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(agency.get("id"));
                }
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        byKey.forEach((key, ids) -> {
            Set<String> clashing = new TreeSet<>();
            for (String a : ids) {
                for (String b : ids) {
                    if (a.compareTo(b) < 0) {
                        Set<String> pa = provincesNamed(byId.get(a).get("nameEn"), provinces);
                        Set<String> pb = provincesNamed(byId.get(b).get("nameEn"), provinces);
                        if (pa.isEmpty() || pb.isEmpty() || pa.equals(pb)) {
                            clashing.add(a);
                            clashing.add(b);
                        }
                    }
                }
            }
            if (!clashing.isEmpty()) {
                shared.put(key, clashing);
            }
        });
        return shared;
    }

    static String key(String spelling) {
        return spelling == null ? ""
                : Normalizer.normalize(spelling, Normalizer.Form.NFC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static Set<String> provincesNamed(String nameEn, Collection<String> provinces) {
        Set<String> named = new TreeSet<>();
        for (String province : provinces) {
            if (nameEn != null && Pattern.compile("\\b" + Pattern.quote(province) + "\\b").matcher(nameEn).find()) {
                named.add(province);
            }
        }
        return named;
    }

    static List<String> provinceNamesEn() throws IOException {
        return rows("Province.csv").stream().map(p -> p.get("nameEn")).filter(n -> !n.isBlank()).toList();
    }

    static List<Map<String, String>> rows(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords()
                    .stream().map(CSVRecord::toMap).toList();
        }
    }
}
