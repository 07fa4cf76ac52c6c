package th.phakee.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every citation in {@code data/} points at a line of {@code sources/} that states the fact: the line contains the
 * entity's name or a recorded spelling of it, its number with the word the document numbers it by, or the
 * amount; a relationship's line names one of its ends. Whitespace is ignored, because OCR and table cell wrapping
 * put spaces inside Thai words.
 */
class DatasetCitationTests {

    static final Path DATA = Path.of("data");
    static final Path SOURCES = Path.of("sources");
    static final Map<String, List<String>> SOURCE_LINES = new HashMap<>();
    static final Map<String, Map<String, String>> NODES = new HashMap<>();
    /** What each budget funds (FUNDS.csv): a budget's line may name the thing instead of printing the amount. */
    static final Map<String, List<String>> FUNDED = new HashMap<>();
    static final Pattern FILE_OF_NODES = Pattern.compile("[A-Z][a-z]+\\.csv");

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                SOURCE_LINES.put(file.getFileName().toString().substring(0, 3),
                        List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
            }
        }
        for (Path file : dataFiles()) {
            if (FILE_OF_NODES.matcher(file.getFileName().toString()).matches()) {
                for (CSVRecord row : rows(file)) {
                    NODES.put(row.get("id"), row.toMap());
                }
            }
        }
        for (CSVRecord row : rows(DATA.resolve("FUNDS.csv"))) {
            FUNDED.computeIfAbsent(row.get("from"), k -> new ArrayList<>()).add(row.get("to"));
        }
        // an observation's line may be the heading that names what it measures
        for (CSVRecord row : rows(DATA.resolve("OF.csv"))) {
            FUNDED.computeIfAbsent(row.get("from"), k -> new ArrayList<>()).add(row.get("to"));
        }
    }

    @Test
    void everyCitedLineExistsAndStatesWhatCitesIt() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path file : dataFiles()) {
            boolean nodes = FILE_OF_NODES.matcher(file.getFileName().toString()).matches();
            for (CSVRecord row : rows(file)) {
                if (!row.isMapped("src") || row.get("src").isBlank()) {
                    continue;
                }
                for (String citation : row.get("src").split("\\|")) {
                    String[] parts = citation.split(":");
                    List<String> lines = SOURCE_LINES.get(parts[0]);
                    int line = Integer.parseInt(parts[1]);
                    String where = file.getFileName() + " row " + row.getRecordNumber() + " cites " + citation;
                    if (lines == null || line > lines.size()) {
                        failures.add(where + ": no such line");
                        continue;
                    }
                    String text = squash(lines.get(line - 1));
                    boolean states = nodes ? mentions(text, row.toMap())
                            : mentions(text, NODES.get(row.get("from"))) || mentions(text, NODES.get(row.get("to")))
                                    || mentionsOwnValues(text, row.toMap());
                    if (!states) {
                        failures.add(where + ": the line names none of " + (nodes ? row.get("id") : row.get("from") + ", " + row.get("to")));
                    }
                    checked++;
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    static boolean mentions(String line, Map<String, String> node) {
        if (node == null) {
            return false;
        }
        if (node.get("value") != null && node.get("unit") != null && node.get("amountBaht") == null
                && (mentionsAmount(line, new BigDecimal(node.get("value")))
                    || FUNDED.getOrDefault(node.get("id"), List.of()).stream().anyMatch(i -> mentions(line, NODES.get(i))))) {
            return true;    // an observation: its value as printed, or the heading naming its indicator
        }
        // a plan's dates and change mark are stated on lines that need not repeat its name (003:13, 003:537)
        for (String date : List.of("approvedOn", "submittedOn", "publishedOn")) {
            if (mentionsDate(line, node.get(date))) {
                return true;
            }
        }
        if (node.get("changeNote") != null && !node.get("changeNote").isBlank() && mentionsSomePart(line, node.get("changeNote"))) {
            return true;
        }
        List<String> names = new ArrayList<>();
        names.add(node.get("nameTh"));
        names.add(node.get("nameEn"));
        names.add(node.get("abbr"));
        if (node.get("aliases") != null) {
            names.addAll(List.of(node.get("aliases").split("\\|")));
        }
        String fragment = withoutNumbers(line).replaceFirst("^[-•]", "");
        for (String name : names) {
            if (name != null && !name.isBlank()
                    && (line.contains(squash(name)) || withoutNumbers(line).contains(withoutNumbers(squash(name)))
                        // a table cell that prints the name cut short ("10.3 ยกระดับความร่วมมือกับ 3 หน่วยงาน")
                        || fragment.length() >= 20 && withoutNumbers(squash(name)).contains(fragment))) {
                return true;
            }
        }
        String code = node.get("code");
        if (code != null && !code.isBlank()
                && Pattern.compile("(แผนงาน|ประเด็น|แผนแม่บท|ด้าน|เรื่อง)(ที่)?" + Pattern.quote(code) + "(?![0-9])").matcher(line).find()) {
            return true;
        }
        String amount = node.get("amountBaht");
        if (amount == null || amount.isBlank()) {
            return false;
        }
        // a budget figure: its amount as printed, a number of the unit-cost formula its note quotes (878 อำเภอ ๆ ละ
        // 4,000 บาท), or the name of what it funds
        return mentionsAmount(line, new BigDecimal(amount)) || mentionsFormula(line, node.get("note"))
                || mentionsSomePart(line, node.get("category"))
                || FUNDED.getOrDefault(node.get("id"), List.of()).stream().anyMatch(target -> mentionsName(line, NODES.get(target)));
    }

    static boolean mentionsName(String line, Map<String, String> node) {
        return node != null && node.get("amountBaht") == null && mentions(line, node);
    }

    /**
     * A term of the note's unit-cost formula that the line prints too: a number of four or more digits, or a
     * count with its unit ("6 เดือน", "232 คน").
     */
    static boolean mentionsFormula(String line, String note) {
        if (note == null) {
            return false;
        }
        var numbers = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{4,}|\\d+(?:เดือน|คน|อำเภอ|จังหวัด|หมู่บ้าน|ตำบล|ครัวเรือน|แห่ง)")
                .matcher(squash(note));
        while (numbers.find()) {
            if (line.contains(numbers.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A relationship's own values: the role (an implementing level), context or unit it records, or its count as
     * printed with its unit.
     */
    static boolean mentionsOwnValues(String line, Map<String, String> row) {
        for (String key : List.of("role", "context")) {
            if (mentionsSomePart(line, row.get(key))) {
                return true;
            }
        }
        String count = row.get("count");
        String unit = row.get("unit");
        return count != null && !count.isBlank() && unit != null && !unit.isBlank()
                && mentionsAmount(line, new BigDecimal(count)) && line.contains(squash(unit.split("[ (]")[0]));
    }

    /** A recorded value such as "หน่วยดำเนินการ: สำนักงานพัฒนาชุมชนอำเภอ (…)": the line prints one of its parts. */
    static boolean mentionsSomePart(String line, String value) {
        if (value == null) {
            return false;
        }
        for (String part : value.split("[:;()/]")) {
            if (part.strip().length() > 3 && line.contains(squash(part))) {
                return true;
            }
        }
        return false;
    }

    static final List<String> THAI_MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    static final List<String> THAI_MONTHS_SHORT = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
            "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    /** An ISO date as the documents print it: day, Thai month (full or short) and Buddhist Era year. */
    static boolean mentionsDate(String line, String iso) {
        if (iso == null || iso.isBlank()) {
            return false;
        }
        java.time.LocalDate date = java.time.LocalDate.parse(iso);
        String day = String.valueOf(date.getDayOfMonth());
        String year = String.valueOf(date.getYear() + 543);
        int month = date.getMonthValue() - 1;
        return line.contains(day + THAI_MONTHS.get(month) + year) || line.contains(day + THAI_MONTHS_SHORT.get(month) + year);
    }

    /** Indicator names are printed with their target inside ("ร้อยละ 80 ของ…" for "ร้อยละของ…"). */
    static String withoutNumbers(String text) {
        return text.replaceAll("[0-9.,%]", "");
    }

    /** The amount as the documents write it: baht with thousands separators, or million baht. */
    static boolean mentionsAmount(String line, BigDecimal baht) {
        if (baht.signum() < 0) {
            // accounts print a negative figure in parentheses: (17.0) ล้านบาท
            BigDecimal millions = baht.negate().movePointLeft(6).stripTrailingZeros();
            return line.contains("(" + (millions.scale() < 1 ? millions.setScale(1) : millions).toPlainString() + ")")
                    || line.contains("-" + baht.negate().toPlainString());
        }
        DecimalFormat grouped = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        BigDecimal millions = baht.movePointLeft(6);
        // OCR sometimes prints the decimal point of million-baht figures as a comma: 14,7560 ล้านบาท
        boolean fourDecimals = millions.stripTrailingZeros().scale() <= 4;
        String commaDecimal = fourDecimals
                ? millions.setScale(4, java.math.RoundingMode.UNNECESSARY).toPlainString().replace('.', ',') : "";
        return line.contains(grouped.format(baht)) || line.contains(grouped.format(millions))
                || line.contains(baht.toPlainString())
                || fourDecimals && line.contains(commaDecimal + "ล้านบาท")
                || fourDecimals && line.contains(millions.setScale(4, java.math.RoundingMode.UNNECESSARY).toPlainString()
                        .replaceAll("(\\d)(?=(\\d{3})+\\.)", "$1,"));
    }

    /** NFC, Thai digits as Arabic ones, no whitespace. */
    static String squash(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (c >= '๐' && c <= '๙') {
                out.append((char) ('0' + (c - '๐')));
            }
            else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<Path> dataFiles() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
    }

    static List<CSVRecord> rows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
