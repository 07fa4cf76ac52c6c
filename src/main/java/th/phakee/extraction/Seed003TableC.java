package th.phakee.extraction;

import static th.phakee.extraction.Seed004BudgetStrategies.row;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 003, Table C (lines 516-561): the FY2567 action plan's money per programme, per issue (subtotal rows
 * "รวม n แผนงาน") and in all (line 561), in three columns: all sources (วงเงินรวม), the state request
 * (งบประมาณแผ่นดิน) and CODI's own revenue and fund (รายได้และเงินทุน พอช.), in million baht; "-" is none. The table
 * is tab-separated and its money columns are regular, so the figures are read here; each is a Budget of the
 * programme, issue or plan, the state and own figures parts of the all-sources one. The state request awaits the
 * Budget Act (REQUESTED, 003:514); CODI's own money is in the board-approved plan (ALLOCATED, 003:13).
 */
final class Seed003TableC implements DocumentParser {

    static final int FIRST_LINE = 516;
    static final int LAST_LINE = 561;
    private static final Pattern PROGRAMME = Pattern.compile("แผนงานที่ (\\d+)");
    private static final Pattern SUBTOTAL = Pattern.compile("^รวม (\\d+) แผนงาน$");

    @Override
    public void parse(Map<String, SourceDocument> documents, Path curation, ExtractedBundle bundle) {
        SourceDocument doc = documents.get("003");
        int issue = 0;
        int programmes = 0;
        for (int n = FIRST_LINE; n <= LAST_LINE; n++) {
            List<String> cells = doc.cells(n);
            if (cells.size() < 6) {
                continue;
            }
            Matcher subtotal = SUBTOTAL.matcher(cells.get(1));
            Matcher programme = PROGRAMME.matcher(cells.get(1));
            String target;
            if (subtotal.matches() && cells.get(0).equals("รวมทั้งสิ้น")) {
                target = "CODI-AP2567";
            }
            else if (subtotal.matches()) {
                target = "CODI-AP2567-I" + ++issue;
            }
            else if (programme.lookingAt() && !cells.get(3).isEmpty()) {
                target = String.format("CODI-AP2567-P%02d", Integer.parseInt(programme.group(1)));
                programmes++;
            }
            else {
                continue;
            }
            figures(bundle, doc, n, target, cells);
        }
        if (issue != 4 || programmes != 13) {
            throw new ExtractionException("003:" + FIRST_LINE + "-" + LAST_LINE + ": expected Table C's 4 issue subtotals and "
                    + "13 programme rows (003:48), found " + issue + " and " + programmes);
        }
    }

    private static void figures(ExtractedBundle bundle, SourceDocument doc, int n, String target, List<String> cells) {
        // the plan's own figures carry a suffix: the plan also states its operating budget (003:56)
        String suffix = target.equals("CODI-AP2567") ? "-2567-ACTION-PLAN" : "-2567";
        String prefix = target.equals("CODI-AP2567") ? "B-CODI-AP2567-" : "B-" + target + "-";
        String all = prefix + "ALL" + suffix;
        String state = ThaiNumbers.firstNumber(cells.get(4));
        String own = ThaiNumbers.firstNumber(cells.get(5));
        budget(bundle, doc, n, all, target, ThaiNumbers.firstNumber(cells.get(3)), "OTHER", state != null ? "REQUESTED" : "ALLOCATED");
        if (state != null) {
            budget(bundle, doc, n, prefix + "STATE" + suffix, target, state, "STATE", "REQUESTED");
            bundle.add("PART_OF.csv", row("from", prefix + "STATE" + suffix, "to", all, "src", doc.cite(n)), doc.cite(n));
        }
        if (own != null) {
            budget(bundle, doc, n, prefix + "OWN_REVENUE" + suffix, target, own, "OWN_REVENUE", "ALLOCATED");
            bundle.add("PART_OF.csv", row("from", prefix + "OWN_REVENUE" + suffix, "to", all, "src", doc.cite(n)), doc.cite(n));
        }
    }

    private static void budget(ExtractedBundle bundle, SourceDocument doc, int n, String id, String target, String millions,
            String source, String status) {
        bundle.add("Budget.csv", row("id", id, "amountBaht", Long.toString(ThaiNumbers.bahtFromMillions(millions)),
                "fiscalYear", "2567", "source", source, "status", status, "category", "งบประมาณตามแผนปฏิบัติการ",
                "src", doc.cite(n)), doc.cite(n));
        bundle.add("FUNDS.csv", row("from", id, "to", target, "src", doc.cite(n)), doc.cite(n));
    }
}
