package th.phakee.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The district and tambon names the documents print for a project, community or council, kept in a
 * {@code places.csv} of any folder of {@code data/curation/} (entity, province, district, tambon, districtAsResolved,
 * tambonAsResolved, src, reason), resolved to the gazetteer's geocodes: each row adds one {@code LOCATED_IN} from
 * the entity to the tambon, or to the district where the row names no tambon (the LOCATED_IN to the province stays).
 * A row whose entity is a {@code Budget} is the share the document states for that place (a centre's amount): it
 * adds a {@code FOR} from the budget to the place instead.
 * <p>
 * Matching is exact on NFC names without their prefix (อำเภอ, อ., ตำบล, ต., เขต, แขวง …); a district printed
 * "เมือง" is the province's capital district, named เมือง + the province in the gazetteer. Where the document's
 * spelling is not the gazetteer's (OCR), or the district is not printed and the tambon's name occurs in two
 * districts, the row gives the gazetteer's name in {@code districtAsResolved}/{@code tambonAsResolved} with its
 * reason, and the printed spelling becomes an alias of that District or Tambon, so search finds it. Nothing is
 * guessed: a name that does not resolve to exactly one place stops the extraction, naming the row and column.
 */
final class PlaceNames {

    private static final String TABLE = "places.csv";
    private static final List<String> COLUMNS = List.of("entity", "province", "district", "tambon", "districtAsResolved",
            "tambonAsResolved", "src", "reason");
    private static final List<String> PREFIXES = List.of("กิ่งอำเภอ", "อำเภอ", "อ.", "เขต", "ตำบล", "ต.", "แขวง",
            "เทศบาลตำบล", "ทต.");
    private static final String CAPITAL = "เมือง";

    private final Map<String, SourceDocument> documents;
    private final ExtractedBundle bundle;
    /** Province, district and tambon names by id, from the gazetteer rows already in the bundle. */
    private final Map<String, String> names = new HashMap<>();
    /** District → its province, tambon → its district (the gazetteer's PART_OF). */
    private final Map<String, String> parents = new HashMap<>();
    private final List<String> districts = new ArrayList<>();
    private final List<String> tambons = new ArrayList<>();

    private PlaceNames(Map<String, SourceDocument> documents, ExtractedBundle bundle) {
        this.documents = documents;
        this.bundle = bundle;
        for (Map<String, String> row : bundle.rows("Province.csv")) {
            names.put(row.get("id"), nfc(row.get("nameTh")));
        }
        for (Map<String, String> row : bundle.rows("District.csv")) {
            names.put(row.get("id"), nfc(row.get("nameTh")));
            districts.add(row.get("id"));
        }
        for (Map<String, String> row : bundle.rows("Tambon.csv")) {
            names.put(row.get("id"), nfc(row.get("nameTh")));
            tambons.add(row.get("id"));
        }
        for (Map<String, String> row : bundle.rows("PART_OF.csv")) {
            if (names.containsKey(row.get("from"))) {
                parents.put(row.get("from"), row.get("to"));
            }
        }
    }

    /** Resolves every {@code places.csv} under {@code curation}; the gazetteer must be in the bundle already. */
    static void resolve(Map<String, SourceDocument> documents, Path curation, ExtractedBundle bundle) throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.walk(curation)) {
            tables = files.filter(f -> f.getFileName().toString().equals(TABLE)).sorted().toList();
        }
        PlaceNames gazetteer = new PlaceNames(documents, bundle);
        for (Path file : tables) {
            CurationTable table = CurationTable.read(file);
            if (!table.header().equals(COLUMNS)) {
                throw new ExtractionException(file + ":1: the columns are " + COLUMNS + ", not " + table.header());
            }
            for (CurationTable.Row row : table.rows()) {
                gazetteer.locate(row);
            }
        }
    }

    private void locate(CurationTable.Row row) {
        String entity = row.get("entity");
        String province = row.get("province");
        if (!bundle.hasNode(entity)) {
            throw new ExtractionException(row.where() + ": entity " + entity + " is no node of the bundle");
        }
        if (!names.containsKey(province) || !province.startsWith("TH-")) {
            throw new ExtractionException(row.where() + ": province " + province + " is not in the gazetteer");
        }
        DatasetExtraction.checkCitations(documents, row, row.get("src"));
        String printedDistrict = name(row.get("district"));
        String printedTambon = name(row.get("tambon"));
        checkPrinted(row, "district", printedDistrict);
        checkPrinted(row, "tambon", printedTambon);

        String district = null;
        String districtName = resolvedName(row, "district", printedDistrict.equals(CAPITAL)
                ? CAPITAL + names.get(province) : printedDistrict);
        if (!districtName.isEmpty()) {
            district = only(row, "district", districtName, districts, province);
            alias(row, "District.csv", district, "district", printedDistrict);
        }
        String place = district;
        String tambonName = resolvedName(row, "tambon", printedTambon);
        if (!tambonName.isEmpty()) {
            place = only(row, "tambon", tambonName, tambons, district != null ? district : province);
            alias(row, "Tambon.csv", place, "tambon", printedTambon);
        }
        if (place == null) {
            throw new ExtractionException(row.where() + ": names neither a district nor a tambon");
        }
        Map<String, String> located = new LinkedHashMap<>();
        located.put("from", entity);
        located.put("to", place);
        located.put("src", row.get("src"));
        boolean share = bundle.rows("Budget.csv").stream().anyMatch(budget -> budget.get("id").equals(entity));
        bundle.add(share ? "FOR.csv" : "LOCATED_IN.csv", located, row.where());
    }

    /**
     * The name to look up: the row's {@code <column>AsResolved} if given (it must differ from what is printed and
     * say why), else the printed one.
     */
    private static String resolvedName(CurationTable.Row row, String column, String printed) {
        String resolved = name(row.get(column + "AsResolved"));
        if (resolved.isEmpty()) {
            return printed;
        }
        if (resolved.equals(printed)) {
            throw new ExtractionException(row.where() + ": " + column + "AsResolved \"" + resolved
                    + "\" is the name as printed; leave it empty");
        }
        if (row.get("reason").isBlank()) {
            throw new ExtractionException(row.where() + ": " + column + "AsResolved \"" + resolved + "\" needs its reason");
        }
        return resolved;
    }

    /** The one place of {@code candidates} named {@code name} within {@code within} (a province or a district). */
    private String only(CurationTable.Row row, String column, String name, List<String> candidates, String within) {
        List<String> found = candidates.stream()
                .filter(id -> names.get(id).equals(name) && isIn(id, within)).toList();
        if (found.isEmpty()) {
            throw new ExtractionException(row.where() + ": " + column + " \"" + name + "\" is no " + column + " of " + within
                    + " " + names.get(within) + " in the gazetteer; give its gazetteer name in " + column + "AsResolved");
        }
        if (found.size() > 1) {
            throw new ExtractionException(row.where() + ": " + column + " \"" + name + "\" names " + found.size() + " "
                    + column + "s of " + within + " " + names.get(within) + " in the gazetteer (" + String.join(", ", found)
                    + "); give the district in districtAsResolved");
        }
        return found.get(0);
    }

    private boolean isIn(String place, String within) {
        for (String p = place; p != null; p = parents.get(p)) {
            if (p.equals(within)) {
                return true;
            }
        }
        return false;
    }

    /** A spelling the document prints for a place the gazetteer names otherwise is kept as its alias. */
    private void alias(CurationTable.Row row, String file, String id, String column, String printed) {
        if (!printed.isEmpty() && !row.get(column + "AsResolved").isBlank()) {
            bundle.add(file, Map.of("id", id, "aliases", printed), row.where());
        }
    }

    /** "As printed" means it: every cited line prints the name (OCR puts spaces inside Thai words). */
    private void checkPrinted(CurationTable.Row row, String column, String printed) {
        if (printed.isEmpty()) {
            return;
        }
        for (String citation : row.get("src").split("\\|")) {
            String[] parts = citation.split(":");
            String line = documents.get(parts[0]).line(Integer.parseInt(parts[1]));
            if (!nfc(line).contains(printed)) {
                throw new ExtractionException(row.where() + ": " + citation + " does not print the " + column + " \""
                        + printed + "\"");
            }
        }
    }

    /** NFC without whitespace: OCR puts spaces inside Thai words, and DOPA's "ปอภาร (ปอพาน)" has one. */
    private static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    /** A name as the tables give it, without the administrative prefix the documents sometimes keep. */
    private static String name(String printed) {
        String name = nfc(printed);
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }
}
