package th.phakee.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import th.phakee.generator.ReferenceData.Province;
import th.phakee.generator.ReferenceData.Row;
import th.phakee.generator.ReferenceData.Tambon;

/**
 * Generates a bundle shaped like the seed documents, at any size from a fixed skeleton upwards, the same bytes for
 * the same size and seed:
 * <ul>
 * <li>the real gazetteer and national layer ({@link ReferenceData}), copied;</li>
 * <li>every tambon with its community organisation council, its local government and at least one community;
 * every province with its provincial agencies, three provincial development plans (2557-2560, 2561-2565,
 * 2566-2570) and their strategies, and for each of ten fiscal years (2558-2567) a provincial community plan whose
 * community strategies link to a provincial strategy via an agency;</li>
 * <li>for each fiscal year, CODI's action plan (issues, programmes, sub-programmes, as CODI-AP2567) and CDD's
 * (programmes, outputs), linked to master plans, owned and carried out by the agencies' units, each programme
 * with its budget (state and own revenue as parts of the whole), an indicator, its target and results by quarter
 * and by CODI region;</li>
 * <li>then, up to the size asked for: projects under those plans and under provincial strategies, each in a
 * tambon, with activities {@code PART_OF} them and budgets {@code FUNDS} them (the activities' budgets
 * {@code PART_OF} the project's, so a project's budget is the sum of its parts), paid {@code FROM} an agency,
 * partnerships between agencies and councils; results by province; more communities.</li>
 * </ul>
 * Names are real: places are the gazetteer's, plans, projects and indicators take the names of real ones from the
 * dataset. Money is integer baht.
 */
final class DatasetGenerator {

    static final int FIRST_FY = 2558;
    static final int LAST_FY = 2567;
    /** Provincial development plan periods that cover the ten fiscal years. */
    static final int[][] PROVINCIAL_PERIODS = { { 2557, 2560 }, { 2561, 2565 }, { 2566, 2570 } };
    /** The smallest scaled part: enough for projects in every fiscal year of both agencies' plans. */
    static final long MIN_SCALED = 1_000;

    static final String CODI = "AG-CODI";
    static final String CDD = "AG-CDD";
    static final String BUDGET_BUREAU = "AG-BB";
    static final String BANGKOK = "TH-10";

    private final ReferenceData ref;
    private final long target;
    private final long seed;
    private final Random random;
    private final GeneratedBundle out = new GeneratedBundle();

    /** Generated ids the rest of the generation refers to. */
    private final Map<String, List<String>> provincialAgencies = new LinkedHashMap<>();
    private final Map<String, String> provincialOffice = new LinkedHashMap<>();
    private final Map<String, String> councilOf = new LinkedHashMap<>();
    private final Map<String, Integer> communitiesOf = new LinkedHashMap<>();
    private final Set<String> partnerships = new HashSet<>();
    /** Projects are numbered per agency plan or per province and year. */
    private final Map<String, Integer> projectNumbers = new LinkedHashMap<>();

    private final List<String> masterPlans;
    private final List<String> subPlans;
    private final List<String> goals;
    private final List<String> codiUnits;
    private final List<String> cddUnits;

    /**
     * A plan that projects are generated under, in a fiscal year (of a province, or of the whole country), with
     * the prefix of their ids, who carries them out and pays, and the money's source (null: state or own revenue).
     */
    private record Slot(String plan, String numbering, int fy, Province province, List<String> responsible,
            String payer, String source, String partnerContext) {
    }

    /** The indicator of a programme in a year, and whether its unit is a percentage. */
    private record Measure(String programme, String unit, int fy, boolean percent) {
        String indicator() {
            return "IND-" + programme;
        }
    }

    private final List<Slot> agencySlots = new ArrayList<>();
    private final List<Slot> provincialSlots = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();

    DatasetGenerator(ReferenceData ref, long nodes, long seed) {
        this.ref = ref;
        this.target = nodes;
        this.seed = seed;
        this.random = new Random(seed);
        for (String required : List.of(CODI, CDD)) {
            if (!ref.agencyIds.contains(required)) {
                throw new IllegalStateException("The reference dataset has no agency " + required);
            }
        }
        masterPlans = planIds("MASTER_PLAN");
        subPlans = planIds("SUB_PLAN");
        List<String> goalIds = new ArrayList<>(planIds("NATIONAL_STRATEGY_GOAL"));
        goalIds.addAll(subPlans);
        goals = List.copyOf(goalIds);
        codiUnits = unitsOf(CODI);
        cddUnits = unitsOf(CDD);
        if (masterPlans.isEmpty() || subPlans.isEmpty()) {
            throw new IllegalStateException("The reference dataset has no master plans or sub-plans to link to");
        }
    }

    /**
     * The fewest nodes a generated bundle of this seed can have: its skeleton (whose size varies a little with the
     * seed) and {@link #MIN_SCALED}.
     */
    static long minimumNodes(ReferenceData ref, long seed) {
        DatasetGenerator skeleton = new DatasetGenerator(ref, Long.MAX_VALUE, seed);
        skeleton.skeleton();
        return skeleton.out.nodeCount() + MIN_SCALED;
    }

    GeneratedBundle generate() {
        skeleton();
        long base = out.nodeCount();
        if (base + MIN_SCALED > target) {
            throw new IllegalArgumentException("--nodes " + target + " is too few: the skeleton (every tambon with its "
                    + "council and community, ten years of plans) alone has " + base + " nodes; ask for at least "
                    + (base + MIN_SCALED));
        }
        long scaled = target - base;
        generateProjects(agencySlots, scaled * 45 / 100);
        generateProjects(provincialSlots, scaled * 35 / 100);
        generateProvincialResults(scaled * 5 / 100);
        // communities take the rest, one node each: the bundle has exactly the nodes asked for
        List<Tambon> tambons = ref.tambons;
        while (out.nodeCount() < target) {
            community(tambons.get(random.nextInt(tambons.size())));
        }
        return out;
    }

    private void skeleton() {
        out.line("ข้อมูลสังเคราะห์ของภาคี สร้างโดย phakee generate --nodes " + target + " --seed " + seed
                + " จากข้อมูลอ้างอิงจริง (ทะเบียนพื้นที่ แผนระดับชาติ หน่วยงาน)");
        out.line("แต่ละบรรทัดต่อจากนี้ระบุข้อมูลหนึ่งรายการ (รหัสและชื่อ จำนวนเงิน หรือค่า) และความสัมพันธ์ที่อ้างบรรทัดนั้น");
        out.uncitedNode("Source", "id", GeneratedBundle.SOURCE_ID, "title", "ข้อมูลสังเคราะห์ของภาคี (seed " + seed + ")",
                "publisher", "phakee generate", "fiscalYear", LAST_FY, "file", GeneratedBundle.SOURCE_FILE);
        copyReference();
        copyNational();
        for (Province province : ref.provinces) {
            provincialAgencies(province);
        }
        for (Tambon tambon : ref.tambons) {
            tambon(tambon);
        }
        for (int fy = FIRST_FY; fy <= LAST_FY; fy++) {
            codiPlan(fy);
            cddPlan(fy);
        }
        for (Province province : ref.provinces) {
            provincialPlans(province);
        }
        orderSlots();
    }

    // --- reference data ------------------------------------------------------------------------------------

    private void copyReference() {
        copyPlaces("Region", ref.regions, "id", "nameTh", "nameEn", "scheme", "aliases");
        copyPlaces("Province", ref.provinceRows, "id", "nameTh", "nameEn", "aliases");
        copyPlaces("District", ref.districtRows, "id", "nameTh", "nameEn", "aliases");
        copyPlaces("Tambon", ref.tambonRows, "id", "nameTh", "nameEn", "aliases");
        for (Row row : ref.placePartOf) {
            out.relationship("PART_OF", row.get("from"), row.get("to"), null);
        }
    }

    private void copyPlaces(String label, List<Row> rows, String... columns) {
        for (Row row : rows) {
            Object[] cells = new Object[columns.length * 2];
            for (int i = 0; i < columns.length; i++) {
                cells[2 * i] = columns[i];
                cells[2 * i + 1] = empty(row.get(columns[i]));
            }
            out.uncitedNode(label, cells);
        }
    }

    /** The national plans and agencies as the dataset has them, each cited to its line of the generated document. */
    private void copyNational() {
        Map<String, String> cited = new LinkedHashMap<>();
        for (Row row : ref.nationalAgencies) {
            cited.put(row.get("id"), out.node("Agency", row.get("id"), row.get("nameTh"), "nameTh", row.get("nameTh"),
                    "nameEn", empty(row.get("nameEn")), "abbr", empty(row.get("abbr")), "kind", row.get("kind"),
                    "aliases", empty(row.get("aliases"))));
        }
        for (Row row : ref.nationalPlans) {
            cited.put(row.get("id"), out.node("Plan", row.get("id"), row.get("nameTh"), "nameTh", row.get("nameTh"),
                    "nameEn", empty(row.get("nameEn")), "level", row.get("level"), "code", empty(row.get("code")),
                    "startFY", empty(row.get("startFY")), "endFY", empty(row.get("endFY")),
                    "aliases", empty(row.get("aliases"))));
        }
        for (Row row : ref.nationalPartOf) {
            out.relationship("PART_OF", row.get("from"), row.get("to"), cited.get(row.get("from")));
        }
        for (Row row : ref.nationalLinks) {
            out.relationship("LINKS_TO", row.get("from"), row.get("to"), cited.get(row.get("from")),
                    "role", empty(row.get("role")), "via", empty(row.get("via")), "stated", empty(row.get("stated")));
        }
        for (Row row : ref.nationalOwns) {
            out.relationship("OWNS", row.get("from"), row.get("to"), cited.get(row.get("to")));
        }
    }

    // --- places: provinces and tambons ---------------------------------------------------------------------

    private void provincialAgencies(Province province) {
        String p = province.id();
        String name = province.name();
        boolean bangkok = p.equals(BANGKOK);
        List<String> agencies = new ArrayList<>();
        String office = agency("AG-PROVOFFICE-" + p, bangkok ? "สำนักงานกรุงเทพมหานคร" : "สำนักงานจังหวัด" + name,
                "PROVINCIAL_OFFICE", null, "AG-MOI", province);
        agencies.add(office);
        provincialOffice.put(p, office);
        agencies.add(agency("AG-CDD-PROV-" + p, "สำนักงานพัฒนาชุมชน" + inProvince(province), "PROVINCIAL_OFFICE", null,
                CDD, province));
        agencies.add(agency("AG-MSDHS-PROV-" + p, "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์" + inProvince(province),
                "PROVINCIAL_OFFICE", null, "AG-MSDHS", province));
        if (!bangkok) {
            agencies.add(agency("AG-PAO-" + p, "องค์การบริหารส่วนจังหวัด" + name, "PROVINCIAL_ADMIN_ORG", "อบจ." + name,
                    null, province));
        }
        String network = agency("AG-NET-" + p, "เครือข่ายองค์กรชุมชน" + inProvince(province), "NETWORK", null, null, province);
        agencies.add(network);
        provincialAgencies.put(p, agencies);
        int fy = between(FIRST_FY, LAST_FY);
        partnership(network, CODI, "ภาคีขบวนองค์กรชุมชน" + inProvince(province), fy);
        partnership(agencies.get(1), network, "ร่วมจัดทำแผนพัฒนาชุมชนท้องถิ่น" + inProvince(province), fy);
        partnership(office, agencies.get(1), "คณะทำงานบูรณาการแผนพัฒนา" + inProvince(province), fy);
    }

    private String agency(String id, String name, String kind, String abbr, String parent, Province province) {
        String citation = out.node("Agency", id, name, "nameTh", name, "kind", kind, "abbr", abbr);
        out.relationship("LOCATED_IN", id, province.id(), citation);
        if (parent != null && ref.agencyIds.contains(parent)) {
            out.relationship("PART_OF", id, parent, citation);
        }
        return id;
    }

    private void tambon(Tambon tambon) {
        String t = tambon.id();
        String p = tambon.province().id();
        boolean bangkok = p.equals(BANGKOK);
        String unit = bangkok ? "แขวง" : "ตำบล";
        String council = "CNL-" + t;
        String name = "สภาองค์กรชุมชน" + unit + tambon.name();
        String citation = out.node("Council", council, name + " " + place(tambon), "nameTh", name,
                "establishedFY", between(2552, LAST_FY), "aliases", "สภาฯ " + unit + tambon.name());
        out.relationship("LOCATED_IN", council, t, citation);
        out.relationship("LOCATED_IN", council, p, citation);
        councilOf.put(t, council);
        if (!bangkok) {
            boolean municipality = random.nextInt(10) == 0;
            String id = "AG-LAO-" + t;
            String lao = (municipality ? "เทศบาลตำบล" : "องค์การบริหารส่วนตำบล") + tambon.name();
            String laoCitation = out.node("Agency", id, lao + " " + place(tambon), "nameTh", lao, "kind", "LOCAL_GOVERNMENT",
                    "abbr", (municipality ? "ทต." : "อบต.") + tambon.name());
            out.relationship("LOCATED_IN", id, t, laoCitation);
            partnership(id, council, "ร่วมจัดทำแผนพัฒนาตำบล" + tambon.name(), between(FIRST_FY, LAST_FY));
        }
        community(tambon);
    }

    private void community(Tambon tambon) {
        String t = tambon.id();
        int number = communitiesOf.merge(t, 1, Integer::sum);
        String id = String.format(Locale.ROOT, "COM-%s-%02d", t, number);
        boolean learningSite = number == 1 && random.nextInt(10) == 0;
        String name;
        if (learningSite) {
            name = "พื้นที่ปฏิบัติการเรียนรู้" + (tambon.province().id().equals(BANGKOK) ? "แขวง" : "ตำบล") + tambon.name();
        }
        else {
            // a village named as villages are: บ้าน + a place name of the same district
            List<Tambon> neighbours = tambon.district().tambons();
            name = "ชุมชนบ้าน" + neighbours.get(random.nextInt(neighbours.size())).name() + (number > 1 ? " หมู่ " + number : "");
        }
        String citation = out.node("Community", id, name + " " + place(tambon), "nameTh", name,
                "kind", learningSite ? "LEARNING_SITE" : null);
        out.relationship("LOCATED_IN", id, t, citation);
        out.relationship("LOCATED_IN", id, tambon.province().id(), citation);
        if (number > 1 && random.nextInt(4) == 0) {
            partnership(pick(provincialAgencies.get(tambon.province().id())), id, "ร่วมพัฒนา" + name,
                    between(FIRST_FY, LAST_FY));
        }
    }

    // --- agency plans, year by year --------------------------------------------------------------------------

    private void codiPlan(int fy) {
        String plan = "CODI-AP" + fy;
        String name = "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. " + fy + " " + agencyName(CODI);
        String citation = plan(plan, name, "AGENCY_PLAN", null, fy, null, null);
        out.relationship("OWNS", CODI, plan, citation);
        linkToMasterPlans(plan, citation);
        List<String> issueNames = shuffled(ref.issueNames);
        List<String> programmeNames = shuffled(ref.programmeNames);
        List<String> subNames = shuffled(ref.subProgrammeNames);
        int[] programmesPerIssue = { 3, 4, 3, 3 };
        int programme = 0;
        int sub = 0;
        for (int i = 1; i <= programmesPerIssue.length; i++) {
            String issue = plan + "-I" + i;
            String issueCitation = plan(issue, issueNames.get((i - 1) % issueNames.size()), "STRATEGIC_ISSUE",
                    String.valueOf(i), fy, plan, null);
            out.relationship("LINKS_TO", issue, pick(goals), issueCitation, "role", "SECONDARY");
            for (int j = 0; j < programmesPerIssue[i - 1]; j++) {
                programme++;
                String id = String.format(Locale.ROOT, "%s-P%02d", plan, programme);
                String programmeCitation = plan(id, programmeNames.get((programme - 1) % programmeNames.size()),
                        "PROGRAMME", String.valueOf(programme), fy, issue, null);
                String unit = pick(codiUnits);
                out.relationship("RESPONSIBLE_FOR", unit, id, programmeCitation, "role", "หน่วยงานรับผิดชอบหลัก");
                programmeBudget(id, fy, CODI, true, programmeCitation);
                measure(id, fy);
                int subs = between(1, 4);
                for (int s = 1; s <= subs; s++) {
                    String subId = id + "-S" + s;
                    plan(subId, subNames.get(sub++ % subNames.size()), "SUB_PROGRAMME", programme + "." + s, fy, id, null);
                    agencySlots.add(new Slot(subId, plan + "-PJ", fy, null, List.of(unit), CODI, null,
                            "ร่วมดำเนินงาน" + agencyName(CODI)));
                }
            }
        }
    }

    private void cddPlan(int fy) {
        String plan = "CDD-" + fy;
        String name = "แผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. " + fy + " " + agencyName(CDD);
        String citation = plan(plan, name, "AGENCY_PLAN", null, fy, null, null);
        out.relationship("OWNS", CDD, plan, citation);
        linkToMasterPlans(plan, citation);
        List<String> programmeNames = shuffled(ref.programmeNames);
        List<String> outputNames = shuffled(ref.subProgrammeNames);
        int outputs = 0;
        for (int n = 1; n <= 5; n++) {
            String id = plan + "-PL" + n;
            String programmeCitation = plan(id, programmeNames.get((n - 1) % programmeNames.size()), "PROGRAMME",
                    String.valueOf(n), fy, plan, null);
            String unit = pick(cddUnits);
            out.relationship("RESPONSIBLE_FOR", unit, id, programmeCitation, "role", "หน่วยงานรับผิดชอบหลัก");
            programmeBudget(id, fy, CDD, false, programmeCitation);
            measure(id, fy);
            int count = between(1, 3);
            for (int o = 1; o <= count; o++) {
                String output = id + "-O" + o;
                plan(output, outputNames.get(outputs++ % outputNames.size()), "OUTPUT", n + "." + o, fy, id, null);
                // CDD's projects are carried out by its provincial offices
                agencySlots.add(new Slot(output, plan + "-PJ", fy, null, List.of(unit), CDD, null, "ร่วมดำเนินงาน" + agencyName(CDD)));
            }
        }
    }

    private void linkToMasterPlans(String plan, String citation) {
        List<String> targets = shuffled(masterPlans);
        int links = Math.min(targets.size(), between(1, 3));
        for (int i = 0; i < links; i++) {
            out.relationship("LINKS_TO", plan, targets.get(i), citation, "role", i == 0 ? "PRIMARY" : "SECONDARY");
        }
    }

    /**
     * A programme's budget of the year: the whole, and its state and (for CODI) own-revenue parts, which are
     * {@code PART_OF} the whole, so sums count each baht once.
     */
    private void programmeBudget(String programme, int fy, String owner, boolean ownRevenue, String citation) {
        long state = 100_000L * between(500, 50_000);
        long own = ownRevenue ? 100_000L * between(10, 1_000) : 0;
        String whole = "B-" + programme + "-ALL-" + fy;
        String status = fy < LAST_FY ? "ALLOCATED" : "REQUESTED";
        String wholeCitation = budget(whole, state + own, fy, "OTHER", status, "งบประมาณตามแผนปฏิบัติการ", programme);
        String statePart = "B-" + programme + "-STATE-" + fy;
        String stateCitation = budget(statePart, state, fy, "STATE", status, "งบประมาณตามแผนปฏิบัติการ", programme);
        out.relationship("PART_OF", statePart, whole, stateCitation);
        if (ref.agencyIds.contains(BUDGET_BUREAU)) {
            out.relationship("FROM", statePart, BUDGET_BUREAU, stateCitation);
        }
        if (ownRevenue) {
            String ownPart = "B-" + programme + "-OWN_REVENUE-" + fy;
            String ownCitation = budget(ownPart, own, fy, "OWN_REVENUE", "ALLOCATED", "งบประมาณตามแผนปฏิบัติการ", programme);
            out.relationship("PART_OF", ownPart, whole, ownCitation);
            out.relationship("FROM", ownPart, owner, ownCitation);
        }
        out.relationship("FROM", whole, owner, wholeCitation);
    }

    /** A budget figure that funds {@code funded}; returns its citation. */
    private String budget(String id, long baht, int fy, String source, String status, String category, String funded) {
        String citation = out.node("Budget", id, "งบประมาณ " + String.format(Locale.ROOT, "%,d", baht) + " บาท ปีงบประมาณ "
                + fy + " สำหรับ " + funded, "amountBaht", baht, "fiscalYear", fy, "source", source, "status", status,
                "category", category);
        out.relationship("FUNDS", id, funded, citation);
        return citation;
    }

    /**
     * A programme's indicator of the year: its national target, its result for the year and by quarter
     * (cumulative), and the result by CODI region, which add up to the national result (unless a percentage).
     * Now and then the document states the result a second time, differently: {@code CONFLICTS_WITH} it.
     */
    private void measure(String programme, int fy) {
        String[] indicator = pick(ref.indicators);
        String id = "IND-" + programme;
        String unit = indicator[1];
        boolean percent = unit.equals("ร้อยละ");
        String citation = out.node("Indicator", id, indicator[0] + " (" + unit + ")", "nameTh", indicator[0], "unit", unit);
        out.relationship("MEASURES", id, programme, citation);
        long target = percent ? between(6_000, 10_000) : between(50, 5_000);
        long result = percent ? Math.min(10_000, target * between(85, 110) / 100) : target * between(80, 120) / 100;
        String figure = "OBS-" + programme + "-%s-" + fy;
        observation(id, figure.formatted("TARGET"), "TARGET", fy, null, target, percent, unit, null);
        String national = figure.formatted("RESULT");
        observation(id, national, "RESULT", fy, null, result, percent, unit, null);
        long[] cumulative = { result * between(10, 30) / 100, result * between(35, 55) / 100,
                result * between(60, 80) / 100, result };
        for (int q = 1; q <= 4; q++) {
            observation(id, national + "-Q" + q, "RESULT", fy, q, cumulative[q - 1], percent, unit, null);
        }
        List<Row> regions = ref.codi5Regions;
        long[] shares = split(result, regions.size());
        for (int r = 0; r < regions.size(); r++) {
            String region = regions.get(r).get("id");
            observation(id, national + "-" + region.replace("CODI-R-", ""), "RESULT", fy, null,
                    percent ? Math.min(10_000, result * between(90, 110) / 100) : shares[r], percent, unit, region);
        }
        if (random.nextInt(25) == 0) {
            String alt = national + "-ALT";
            String altCitation = observation(id, alt, "RESULT", fy, null, result + between(1, 20), percent, unit, null);
            out.relationship("CONFLICTS_WITH", alt, national, altCitation);
        }
        if (programme.startsWith("CODI-")) {
            measures.add(new Measure(programme, unit, fy, percent));
        }
    }

    /** An observation of {@code indicator}; {@code value} is hundredths for a percentage. Returns its citation. */
    private String observation(String indicator, String id, String kind, int fy, Integer quarter, long value,
            boolean percent, String unit, String place) {
        String text = percent ? BigDecimal.valueOf(value, 2).toPlainString() : Long.toString(value);
        String citation = out.node("Observation", id, (kind.equals("TARGET") ? "เป้าหมาย " : "ผล ") + text + " " + unit
                + " ปีงบประมาณ " + fy + (quarter == null ? "" : " ไตรมาส " + quarter),
                "value", text, "unit", unit, "kind", kind, "fiscalYear", fy, "quarter", quarter);
        out.relationship("OF", id, indicator, null);
        if (place != null) {
            out.relationship("FOR", id, place, null);
        }
        return citation;
    }

    // --- provinces' plans ------------------------------------------------------------------------------------

    private void provincialPlans(Province province) {
        String p = province.id();
        String office = provincialOffice.get(p);
        Map<Integer, List<String>> strategiesByFy = new LinkedHashMap<>();
        Map<Integer, String> planByFy = new LinkedHashMap<>();
        for (int[] period : PROVINCIAL_PERIODS) {
            String plan = "PP-" + p + "-" + period[0] + "-" + period[1];
            String name = "แผนพัฒนา" + inProvince(province) + " พ.ศ. " + period[0] + " - " + period[1];
            String citation = plan(plan, name, "PROVINCIAL_PLAN", null, null, null, new int[] { period[0], period[1] });
            out.relationship("OWNS", office, plan, citation);
            out.relationship("TARGETS", plan, p, citation);
            out.relationship("LINKS_TO", plan, pick(masterPlans), citation, "role", "SECONDARY");
            List<String> names = shuffled(ref.provincialStrategyNames);
            int count = between(4, 6);
            List<String> strategies = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                String strategy = plan + "-" + n;
                plan(strategy.replaceFirst("^PP-", "PS-"), names.get((n - 1) % names.size()), "PROVINCIAL_STRATEGY",
                        String.valueOf(n), null, plan, new int[] { period[0], period[1] });
                strategies.add(strategy.replaceFirst("^PP-", "PS-"));
            }
            for (int fy = Math.max(FIRST_FY, period[0]); fy <= Math.min(LAST_FY, period[1]); fy++) {
                strategiesByFy.put(fy, strategies);
                planByFy.put(fy, plan);
            }
        }
        List<String> agencies = provincialAgencies.get(p);
        String network = agencies.get(agencies.size() - 1);
        for (int fy = FIRST_FY; fy <= LAST_FY; fy++) {
            String plan = "CP-" + p + "-" + fy;
            String citation = plan(plan, "แผนพัฒนาชุมชนท้องถิ่นระดับจังหวัด" + provinceName(province) + " ปีงบประมาณ " + fy,
                    "COMMUNITY_PLAN", null, fy, null, null);
            out.relationship("OWNS", network, plan, citation);
            out.relationship("TARGETS", plan, p, citation);
            List<String> names = shuffled(ref.communityStrategyNames);
            int count = between(2, 4);
            for (int n = 1; n <= count; n++) {
                String strategy = plan.replaceFirst("^CP-", "CS-") + "-" + n;
                String strategyCitation = plan(strategy, names.get((n - 1) % names.size()), "COMMUNITY_STRATEGY",
                        String.valueOf(n), fy, plan, null);
                out.relationship("TARGETS", strategy, p, strategyCitation);
                // the linking agency: the provincial office, CDD's or the PAO (agencies 0..3 of the province)
                String via = agencies.get(random.nextInt(agencies.size() - 1));
                if (random.nextInt(10) == 0) {
                    // the row names the provincial plan but none of its strategies
                    out.relationship("LINKS_TO", strategy, planByFy.get(fy), strategyCitation, "role", "PRIMARY",
                            "via", via, "stated", false);
                }
                else {
                    String provincialStrategy = pick(strategiesByFy.get(fy));
                    out.relationship("LINKS_TO", strategy, provincialStrategy, strategyCitation, "role", "PRIMARY",
                            "via", via, "stated", true);
                    provincialSlots.add(new Slot(provincialStrategy, "PJ-" + p + "-" + fy + "-", fy, province,
                            agencies.subList(0, agencies.size() - 1), via, via.startsWith("AG-PAO-") ? "LOCAL" : "PARTNER",
                            "ร่วมดำเนินงานตามแผนพัฒนาชุมชนท้องถิ่น"));
                }
            }
        }
    }

    /**
     * A plan node; {@code parent} gets its {@code PART_OF}; a plan of a year has that year as start and end, a
     * plan of a period its period. Returns its citation.
     */
    private String plan(String id, String name, String level, String code, Integer fy, String parent, int[] period) {
        Integer start = period != null ? Integer.valueOf(period[0]) : fy;
        Integer end = period != null ? Integer.valueOf(period[1]) : fy;
        String citation = out.node("Plan", id, name, "nameTh", name, "level", level, "code", code, "startFY", start,
                "endFY", end);
        if (parent != null) {
            out.relationship("PART_OF", id, parent, citation);
        }
        return citation;
    }

    // --- the scaled part -------------------------------------------------------------------------------------

    /**
     * Slots in the order projects are given out, round-robin: the first plan of every year and agency before the
     * second, so that a small bundle still has projects in every year; provinces before years for the linkage
     * projects, so that every province has some.
     */
    private void orderSlots() {
        List<Slot> agency = new ArrayList<>(agencySlots);
        agencySlots.clear();
        Map<String, List<Slot>> byPlan = new LinkedHashMap<>();
        agency.forEach(s -> byPlan.computeIfAbsent(s.numbering(), k -> new ArrayList<>()).add(s));
        interleave(byPlan, agencySlots);
        List<Slot> provincial = new ArrayList<>(provincialSlots);
        provincialSlots.clear();
        Map<String, List<Slot>> byProvince = new LinkedHashMap<>();
        provincial.forEach(s -> byProvince.computeIfAbsent(s.province().id(), k -> new ArrayList<>()).add(s));
        interleave(byProvince, provincialSlots);
    }

    private static void interleave(Map<String, List<Slot>> groups, List<Slot> into) {
        for (int i = 0;; i++) {
            boolean any = false;
            for (List<Slot> group : groups.values()) {
                if (i < group.size()) {
                    into.add(group.get(i));
                    any = true;
                }
            }
            if (!any) {
                return;
            }
        }
    }

    private void generateProjects(List<Slot> slots, long nodes) {
        long start = out.nodeCount();
        for (long i = 0; out.nodeCount() - start < nodes; i++) {
            project(slots.get((int) (i % slots.size())));
        }
    }

    /**
     * A project under the slot's plan, in one tambon (of the slot's province, or anywhere), carried out by one of
     * the slot's agencies; its activities (some with sub-activities), the activities' budgets and the project's
     * budget that they are part of, paid by the slot's payer; now and then a partnership with the tambon's council,
     * a link to a national sub-plan and a second, conflicting statement of the budget.
     */
    private void project(Slot slot) {
        Tambon tambon = slot.province() == null ? pick(ref.tambons) : pick(slot.province().tambons());
        String prefix = slot.numbering();
        String id = prefix + String.format(Locale.ROOT, "%04d", projectNumbers.merge(prefix, 1, Integer::sum));
        int fy = slot.fy();
        String name = "โครงการ" + pick(ref.projectNames) + " " + place(tambon);
        String citation = out.node("Project", id, name, "nameTh", name, "kind", "PROJECT", "fiscalYear", fy);
        out.relationship("UNDER", id, slot.plan(), citation);
        out.relationship("LOCATED_IN", id, tambon.id(), citation);
        out.relationship("LOCATED_IN", id, tambon.province().id(), citation);
        String responsible = slot.province() == null && slot.payer().equals(CDD)
                ? "AG-CDD-PROV-" + tambon.province().id() : pick(slot.responsible());
        out.relationship("RESPONSIBLE_FOR", responsible, id, citation, "role", "ผู้รับผิดชอบโครงการ");
        if (random.nextInt(3) == 0) {
            out.relationship("TARGETS", id, tambon.id(), citation, "count", between(20, 500), "unit", "ครัวเรือน");
        }
        if (random.nextInt(4) == 0) {
            out.relationship("LINKS_TO", id, pick(subPlans), citation, "role", "SECONDARY");
        }
        if (random.nextInt(3) == 0) {
            partnership(responsible, councilOf.get(tambon.id()), slot.partnerContext() + " " + id, fy);
        }
        String source = slot.source() != null ? slot.source() : random.nextInt(4) == 0 ? "OWN_REVENUE" : "STATE";
        String status = status(fy);
        String projectBudget = "B-" + id + "-" + fy;
        int activities = between(1, 4);
        long total = 0;
        List<String[]> parts = new ArrayList<>();
        for (int a = 1; a <= activities; a++) {
            String activity = id + "-A" + a;
            String activityName = pick(ref.activityNames);
            String activityCitation = out.node("Project", activity, activityName + " (" + id + ")", "nameTh", activityName,
                    "kind", "ACTIVITY", "fiscalYear", fy);
            out.relationship("PART_OF", activity, id, activityCitation);
            int subActivities = random.nextInt(5) == 0 ? between(1, 2) : 0;
            for (int s = 1; s <= subActivities; s++) {
                {
                    String subActivity = activity + "-" + s;
                    String subName = pick(ref.activityNames);
                    String subCitation = out.node("Project", subActivity, subName + " (" + activity + ")", "nameTh",
                            subName, "kind", "SUB_ACTIVITY", "fiscalYear", fy);
                    out.relationship("PART_OF", subActivity, activity, subCitation);
                }
            }
            long baht = 1_000L * between(10, 2_000);
            total += baht;
            parts.add(new String[] { activity, Long.toString(baht) });
        }
        String budgetCitation = budget(projectBudget, total, fy, source, status, null, id);
        out.relationship("FROM", projectBudget, slot.payer(), budgetCitation);
        for (String[] part : parts) {
            String partId = "B-" + part[0] + "-" + fy;
            String partCitation = budget(partId, Long.parseLong(part[1]), fy, source, status, null, part[0]);
            out.relationship("PART_OF", partId, projectBudget, partCitation);
        }
        if (random.nextInt(50) == 0) {
            String alt = projectBudget + "-ALT";
            String altCitation = out.node("Budget", alt, "งบประมาณ " + String.format(Locale.ROOT, "%,d", total + 10_000)
                    + " บาท ปีงบประมาณ " + fy + " สำหรับ " + id + " (ระบุต่างจากอีกแห่งหนึ่ง)", "amountBaht", total + 10_000,
                    "fiscalYear", fy, "source", source, "status", status, "note", "ตัวเลขที่ระบุต่างกันในเอกสาร");
            out.relationship("FUNDS", alt, id, altCitation);
            out.relationship("CONFLICTS_WITH", alt, projectBudget, altCitation);
        }
    }

    /** Results of CODI's indicators by province, round-robin over indicators, provinces and quarters. */
    private void generateProvincialResults(long nodes) {
        long start = out.nodeCount();
        List<Province> provinces = ref.provinces;
        long slots = (long) measures.size() * provinces.size() * 5;
        for (long i = 0; i < slots && out.nodeCount() - start < nodes; i++) {
            Measure measure = measures.get((int) (i % measures.size()));
            Province province = provinces.get((int) (i / measures.size() % provinces.size()));
            int quarter = (int) (i / measures.size() / provinces.size());
            long value = measure.percent() ? between(5_000, 10_000) : between(0, 200);
            String id = "OBS-" + measure.programme() + "-RESULT-" + measure.fy() + "-" + province.id()
                    + (quarter == 0 ? "" : "-Q" + quarter);
            observation(measure.indicator(), id, "RESULT", measure.fy(), quarter == 0 ? null : quarter, value,
                    measure.percent(), measure.unit(), province.id());
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A partnership, stated on a line of its own, once for a pair of partners (the first context is kept). */
    private void partnership(String from, String to, String context, int fy) {
        if (partnerships.add(from + "\u0000" + to)) {
            String citation = GeneratedBundle.cite(out.line(from + " ร่วมเป็นภาคีกับ " + to + ": " + context + " ปี " + fy));
            out.relationship("PARTNERS_WITH", from, to, citation, "context", context, "fiscalYear", fy);
        }
    }

    private static String status(int fy) {
        return fy <= LAST_FY - 2 ? "DISBURSED" : fy == LAST_FY - 1 ? "ALLOCATED" : "REQUESTED";
    }

    private String agencyName(String id) {
        return ref.nationalAgencies.stream().filter(r -> r.get("id").equals(id)).map(r -> r.get("nameTh")).findFirst()
                .orElseThrow();
    }

    private List<String> planIds(String level) {
        return ref.nationalPlans.stream().filter(r -> r.get("level").equals(level)).map(r -> r.get("id")).toList();
    }

    private List<String> unitsOf(String agency) {
        List<String> units = ref.nationalPartOf.stream().filter(r -> r.get("to").equals(agency))
                .map(r -> r.get("from")).filter(id -> ref.nationalAgencies.stream()
                        .anyMatch(a -> a.get("id").equals(id) && a.get("kind").equals("UNIT")))
                .sorted().toList();
        return units.isEmpty() ? List.of(agency) : units;
    }

    /** "จังหวัดสระบุรี", or "กรุงเทพมหานคร", which is no จังหวัด. */
    private static String inProvince(Province province) {
        return province.id().equals(BANGKOK) ? province.name() : "จังหวัด" + province.name();
    }

    private static String provinceName(Province province) {
        return province.id().equals(BANGKOK) ? "กรุงเทพมหานคร" : province.name();
    }

    /** "ตำบลหน้าพระลาน อำเภอเฉลิมพระเกียรติ จังหวัดสระบุรี"; in Bangkok แขวง and เขต. */
    private static String place(Tambon tambon) {
        boolean bangkok = tambon.province().id().equals(BANGKOK);
        return (bangkok ? "แขวง" : "ตำบล") + tambon.name() + " " + (bangkok ? "เขต" : "อำเภอ") + tambon.district().name()
                + " " + inProvince(tambon.province());
    }

    /** {@code total} in {@code parts} random whole parts that add up to it. */
    private long[] split(long total, int parts) {
        long[] shares = new long[parts];
        long[] weights = new long[parts];
        long sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = between(5, 30);
            sum += weights[i];
        }
        long given = 0;
        for (int i = 0; i < parts; i++) {
            shares[i] = i == parts - 1 ? total - given : total * weights[i] / sum;
            given += shares[i];
        }
        return shares;
    }

    private <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static String empty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
