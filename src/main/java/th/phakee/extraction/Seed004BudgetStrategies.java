package th.phakee.extraction;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 004, Part 1 §5 (lines 332-445): the FY2565 budget-allocation strategies and the national plans (แผนงาน) under
 * each, with their amounts in million baht. The list is regular: a heading {@code 5.n <strategy>}, a paragraph
 * ending {@code จำนวนทั้งสิ้น X ล้านบาท}, then items {@code - k) <plan> จำนวน X ล้านบาท}. Plans are numbered in document
 * order across strategies; a plan listed under several strategies (แผนงานบุคลากรภาครัฐ, under all six) is one plan
 * with one budget figure per strategy, which is how the document counts 63 plans in 68 items.
 */
final class Seed004BudgetStrategies implements DocumentParser {

    static final int FIRST_LINE = 332;
    static final int LAST_LINE = 445;
    private static final Pattern STRATEGY = Pattern.compile("^5\\.(\\d) (.+)$");
    private static final Pattern STRATEGY_TOTAL = Pattern.compile("จำนวนทั้งสิ้น ([\\d,]+\\.\\d) ล้านบาท");
    private static final Pattern PLAN = Pattern.compile("^- (\\d+)\\) (.+?) จำนวน ([\\d,]+\\.\\d) ล้านบาท\\s*$");

    @Override
    public void parse(Map<String, SourceDocument> documents, Path curation, ExtractedBundle bundle) {
        SourceDocument doc = documents.get("004");
        Map<String, String> planIds = new LinkedHashMap<>();
        Map<String, Integer> figures = new LinkedHashMap<>();
        String strategy = null;
        boolean strategyTotalSeen = false;
        for (int n = FIRST_LINE; n <= LAST_LINE; n++) {
            String line = doc.line(n).strip();
            Matcher heading = STRATEGY.matcher(line);
            if (heading.matches()) {
                strategy = "BS-2565-" + heading.group(1);
                strategyTotalSeen = false;
                // 5.7 is the central expense items, not one of the six numbered strategies
                String code = Integer.parseInt(heading.group(1)) <= 6 ? heading.group(1) : "";
                bundle.add("Plan.csv", row("id", strategy, "nameTh", heading.group(2), "level", "BUDGET_STRATEGY",
                        "code", code, "startFY", "2565", "endFY", "2565", "src", doc.cite(n)), doc.cite(n));
                bundle.add("PART_OF.csv", row("from", strategy, "to", "BS-2565", "src", doc.cite(n)), doc.cite(n));
                continue;
            }
            Matcher total = STRATEGY_TOTAL.matcher(line);
            if (strategy != null && !strategyTotalSeen && total.find()) {
                strategyTotalSeen = true;
                budget(bundle, "B-" + strategy + "-2565", strategy, total.group(1), "จำนวนทั้งสิ้น " + total.group(1) + " ล้านบาท", doc, n);
                continue;
            }
            Matcher item = PLAN.matcher(line);
            if (strategy != null && item.matches()) {
                String name = item.group(2).strip();
                boolean repeated = planIds.containsKey(name);
                boolean listedAgain = planIdsRepeatLater(doc, name, n);
                String id = planIds.computeIfAbsent(name, k -> String.format("BP-2565-%02d", planIds.size() + 1));
                int figure = figures.merge(id, 1, Integer::sum);
                if (!repeated) {
                    // a plan listed under several strategies has a different item number in each: no single code
                    String code = listedAgain ? "" : item.group(1);
                    bundle.add("Plan.csv", row("id", id, "nameTh", name, "level", "BUDGET_PLAN", "code", code,
                            "startFY", "2565", "endFY", "2565", "src", doc.cite(n)), doc.cite(n));
                }
                else {
                    bundle.add("Plan.csv", row("id", id, "src", doc.cite(n)), doc.cite(n));
                }
                bundle.add("PART_OF.csv", row("from", id, "to", strategy, "src", doc.cite(n)), doc.cite(n));
                String budgetId = "B-" + id + "-2565" + (figure == 1 ? "" : "-" + figure);
                String note = "จำนวน " + item.group(3) + " ล้านบาท" + (repeated || listedAgain
                        ? " (" + name + " under strategy 5." + strategy.substring("BS-2565-".length()) + ", item " + item.group(1) + ")" : "");
                budget(bundle, budgetId, id, item.group(3), note, doc, n);
            }
        }
        if (planIds.size() != 63) {
            throw new ExtractionException("004:" + FIRST_LINE + "-" + LAST_LINE + ": expected the 63 national plans the "
                    + "document counts (004:336), found " + planIds.size());
        }
    }

    /** Whether a plan first listed at line {@code n} is listed again below (its figures then say which strategy). */
    private static boolean planIdsRepeatLater(SourceDocument doc, String name, int n) {
        for (int later = n + 1; later <= LAST_LINE; later++) {
            Matcher item = PLAN.matcher(doc.line(later).strip());
            if (item.matches() && item.group(2).strip().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void budget(ExtractedBundle bundle, String id, String funds, String millions, String note,
            SourceDocument doc, int n) {
        bundle.add("Budget.csv", row("id", id, "amountBaht", Long.toString(ThaiNumbers.bahtFromMillions(millions)),
                "fiscalYear", "2565", "source", "STATE", "status", "ALLOCATED", "note", note, "src", doc.cite(n)), doc.cite(n));
        bundle.add("FUNDS.csv", row("from", id, "to", funds, "src", doc.cite(n)), doc.cite(n));
    }

    static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
