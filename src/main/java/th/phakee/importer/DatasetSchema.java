package th.phakee.importer;

import static th.phakee.importer.Column.optional;
import static th.phakee.importer.Column.optionalEnum;
import static th.phakee.importer.Column.required;
import static th.phakee.importer.Column.requiredEnum;
import static th.phakee.importer.ValueType.BOOLEAN;
import static th.phakee.importer.ValueType.CITATIONS;
import static th.phakee.importer.ValueType.DATE;
import static th.phakee.importer.ValueType.DECIMAL;
import static th.phakee.importer.ValueType.INTEGER;
import static th.phakee.importer.ValueType.LIST;
import static th.phakee.importer.ValueType.MONEY;
import static th.phakee.importer.ValueType.TEXT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import th.phakee.graph.vocabulary.AgencyKind;
import th.phakee.graph.vocabulary.BudgetSource;
import th.phakee.graph.vocabulary.BudgetStatus;
import th.phakee.graph.vocabulary.ChangeMark;
import th.phakee.graph.vocabulary.LinkRole;
import th.phakee.graph.vocabulary.ObservationKind;
import th.phakee.graph.vocabulary.PercentBase;
import th.phakee.graph.vocabulary.PlanLevel;
import th.phakee.graph.vocabulary.ProjectKind;
import th.phakee.graph.vocabulary.RegionScheme;
import th.phakee.graph.vocabulary.Verdict;

/**
 * The graph model as the bundle format writes it: every node label and relationship type, its columns, and the
 * label pairs a relationship may join. docs/dataset-format.md is the prose version of this class; keep them
 * together.
 */
final class DatasetSchema {

    static final int FORMAT_VERSION = 1;
    static final String FORMAT_NAME = "phakee-dataset";

    static final String[] PLAN_LEVELS = names(PlanLevel.values());
    static final String[] AGENCY_KINDS = names(AgencyKind.values());
    static final String[] PROJECT_KINDS = names(ProjectKind.values());
    static final String[] BUDGET_SOURCES = names(BudgetSource.values());
    static final String[] BUDGET_STATUSES = names(BudgetStatus.values());
    static final String[] REGION_SCHEMES = names(RegionScheme.values());
    static final String[] OBSERVATION_KINDS = names(ObservationKind.values());
    static final String[] LINK_ROLES = names(LinkRole.values());

    /** The names of a vocabulary's values, as the bundle writes them. */
    private static String[] names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
    /** What a plan or project item is, as its plan marks it: new in this plan, or revised / extended. */
    static final String[] CHANGE_MARKS = names(ChangeMark.values());
    /** What an observation's printed percentage is a share of: its target, a whole, or the change over a base. */
    static final String[] PERCENT_BASES = names(PercentBase.values());
    /** Pass or fail, as a criterion table prints it. */
    static final String[] VERDICTS = names(Verdict.values());

    /** When a relationship row must cite its source. */
    enum CitationRule {
        ALWAYS,
        /** Not between two reference nodes (a province in its official region comes from ISO, not a document). */
        UNLESS_REFERENCE,
        /** Observation links inherit the observation's citation. */
        NEVER,
        /** Only an observation's link inherits its citation; any other must cite (a budget's share of a place). */
        UNLESS_OBSERVATION
    }

    /** A node label: its file is {@code <label>.csv}; {@code id} is always the first, required column. */
    record NodeSpec(String label, List<Column> columns) {
        String fileName() {
            return label + ".csv";
        }
    }

    /** A relationship type: its file is {@code <TYPE>.csv}; {@code from} and {@code to} are always required. */
    record RelationshipSpec(String type, List<Column> columns, Map<String, Set<String>> ends, CitationRule citations) {
        String fileName() {
            return type + ".csv";
        }

        /** Whether a row joining these two labels must carry a {@code src}. */
        boolean citationRequired(String fromLabel, String toLabel) {
            return switch (citations) {
                case ALWAYS -> true;
                case NEVER -> false;
                case UNLESS_OBSERVATION -> !fromLabel.equals("Observation");
                case UNLESS_REFERENCE -> !(REFERENCE_LABELS.contains(fromLabel) && REFERENCE_LABELS.contains(toLabel));
            };
        }

        boolean allows(String fromLabel, String toLabel) {
            return ends.getOrDefault(fromLabel, Set.of()).contains(toLabel);
        }
    }

    static final Map<String, NodeSpec> NODES = nodes(
            node("Plan", true, required("nameTh", TEXT), optional("nameEn", TEXT), requiredEnum("level", PLAN_LEVELS),
                    optional("code", TEXT), optional("startFY", INTEGER), optional("endFY", INTEGER),
                    optional("aliases", LIST),
                    // dates the document prints for the plan (ISO), who approved it (an Agency id), what it marks
                    optional("approvedOn", DATE), optional("approvedBy", TEXT), optional("submittedOn", DATE),
                    optional("publishedOn", DATE), optionalEnum("change", CHANGE_MARKS), optional("changeNote", TEXT)),
            node("Project", true, required("nameTh", TEXT), optional("nameEn", TEXT),
                    requiredEnum("kind", PROJECT_KINDS), optional("fiscalYear", INTEGER), optional("aliases", LIST),
                    optionalEnum("change", CHANGE_MARKS), optional("changeNote", TEXT)),
            node("Budget", true, required("amountBaht", MONEY), required("fiscalYear", INTEGER),
                    requiredEnum("source", BUDGET_SOURCES), requiredEnum("status", BUDGET_STATUSES),
                    optional("category", TEXT), optional("note", TEXT), optional("quarter", INTEGER)),
            node("Agency", true, required("nameTh", TEXT), optional("nameEn", TEXT), optional("abbr", TEXT),
                    requiredEnum("kind", AGENCY_KINDS), optional("aliases", LIST)),
            node("Council", true, required("nameTh", TEXT), optional("establishedFY", INTEGER),
                    optional("aliases", LIST)),
            node("Community", true, required("nameTh", TEXT), optional("kind", TEXT), optional("aliases", LIST)),
            node("Region", false, required("nameTh", TEXT), optional("nameEn", TEXT),
                    requiredEnum("scheme", REGION_SCHEMES), optional("aliases", LIST)),
            node("Province", false, required("nameTh", TEXT), optional("nameEn", TEXT), optional("aliases", LIST)),
            node("District", false, required("nameTh", TEXT), optional("nameEn", TEXT), optional("aliases", LIST)),
            node("Tambon", false, required("nameTh", TEXT), optional("nameEn", TEXT), optional("aliases", LIST)),
            node("Indicator", true, required("nameTh", TEXT), required("unit", TEXT), optional("aliases", LIST)),
            node("Observation", true, required("value", DECIMAL), required("unit", TEXT),
                    requiredEnum("kind", OBSERVATION_KINDS), required("fiscalYear", INTEGER),
                    optional("quarter", INTEGER), optional("asOf", TEXT), optional("note", TEXT),
                    // a running total since before the period (ผลสะสม), not the period's own flow
                    optional("cumulative", BOOLEAN),
                    // the percentage the document prints for this figure, and what it is a share of
                    optional("percent", DECIMAL), optionalEnum("percentOf", PERCENT_BASES),
                    // pass / fail as the criterion table prints it, and the pass mark (pass at or above)
                    optionalEnum("verdict", VERDICTS), optional("threshold", DECIMAL),
                    // where value and unit were converted to the indicator's unit: the figure as printed
                    optional("printedValue", TEXT), optional("printedUnit", TEXT)),
            new NodeSpec("Source", List.of(required("id", TEXT), required("title", TEXT), required("publisher", TEXT),
                    required("fiscalYear", INTEGER), required("file", TEXT))));

    private static final Set<String> PLACES = Set.of("Tambon", "District", "Province", "Region");
    /** What a figure may be for: a place, or a named actor (an agency, a council, a community). */
    private static final Set<String> SUBJECTS = Set.of("Tambon", "District", "Province", "Region", "Agency", "Council",
            "Community");

    static final Map<String, RelationshipSpec> RELATIONSHIPS = relationships(
            // Budget → Budget: a figure that is a stated breakdown of another figure of the same thing (state subsidy
            // and own revenue of a total; a budget category of a larger one), so sums count the whole or its parts
            rel("PART_OF", CitationRule.UNLESS_REFERENCE, Map.of("Plan", Set.of("Plan"), "Project", Set.of("Project"), "Agency",
                    Set.of("Agency"), "District", Set.of("Province"), "Tambon", Set.of("District"), "Province",
                    Set.of("Region"), "Budget", Set.of("Budget"), "Indicator", Set.of("Indicator"))),
            rel("LINKS_TO", CitationRule.ALWAYS, Map.of("Plan", Set.of("Plan"), "Project", Set.of("Plan")),
                    optionalEnum("role", LINK_ROLES), optional("via", TEXT), optional("stated", BOOLEAN)),
            rel("UNDER", CitationRule.ALWAYS, Map.of("Project", Set.of("Plan"))),
            rel("FUNDS", CitationRule.ALWAYS, Map.of("Budget", Set.of("Project", "Plan"))),
            rel("FROM", CitationRule.ALWAYS, Map.of("Budget", Set.of("Agency"))),
            rel("OWNS", CitationRule.ALWAYS, Map.of("Agency", Set.of("Plan"))),
            rel("RESPONSIBLE_FOR", CitationRule.ALWAYS, Map.of("Agency", Set.of("Project", "Plan")), optional("role", TEXT)),
            rel("PARTNERS_WITH", CitationRule.ALWAYS, Map.of("Agency", Set.of("Agency", "Council", "Community")),
                    optional("context", TEXT), optional("fiscalYear", INTEGER)),
            rel("LOCATED_IN", CitationRule.ALWAYS, Map.of("Project", PLACES, "Council", PLACES, "Community", PLACES, "Agency", PLACES)),
            rel("TARGETS", CitationRule.ALWAYS, Map.of("Project", PLACES, "Plan", PLACES), optional("count", INTEGER),
                    optional("unit", TEXT)),
            // a figure the document states differently elsewhere, pointing at the one sums use (both are kept)
            rel("CONFLICTS_WITH", CitationRule.ALWAYS, Map.of("Budget", Set.of("Budget"), "Observation", Set.of("Observation"))),
            rel("MEASURES", CitationRule.ALWAYS, Map.of("Indicator", Set.of("Plan", "Project"))),
            rel("OF", CitationRule.NEVER, Map.of("Observation", Set.of("Indicator"))),
            // Observation → place or actor: what a figure is for. Budget → place or unit: the share of a larger figure
            // that the document states for that place, centre or office (PART_OF the larger figure)
            rel("FOR", CitationRule.UNLESS_OBSERVATION, Map.of("Observation", SUBJECTS, "Budget", SUBJECTS)),
            // the stated figure a percentage is computed on (a target, a whole); the observation has percent/percentOf
            rel("SHARE_OF", CitationRule.NEVER, Map.of("Observation", Set.of("Observation"))),
            // the places and actors a count is made of, where the document names them (the six provinces of 000:330-335)
            rel("COVERS", CitationRule.ALWAYS, Map.of("Observation", SUBJECTS)));

    /**
     * The plan levels a plan of each level may be {@code PART_OF}: a part is at its whole's level or below it, in the
     * same family of plans (the national strategy and its goals; master plans and sub-plans; reform plans; the
     * national development plan (NESDP) and its milestones; SDGs; budget strategies and plans; an agency's plans,
     * issues, programmes, sub-programmes and outputs; provincial plans and strategies; community plans). Every pair
     * the dataset holds is here (docs/dataset-format.md, "Plan levels"); a level missing from the map is part of no
     * other plan.
     */
    static final Map<String, Set<String>> PLAN_PARTS = Map.ofEntries(
            Map.entry("NATIONAL_STRATEGY", Set.of("NATIONAL_STRATEGY")),
            Map.entry("NATIONAL_STRATEGY_GOAL", Set.of("NATIONAL_STRATEGY", "NATIONAL_STRATEGY_GOAL")),
            Map.entry("MASTER_PLAN", Set.of("NATIONAL_STRATEGY")),
            Map.entry("SUB_PLAN", Set.of("MASTER_PLAN", "SUB_PLAN")),
            Map.entry("REFORM_PLAN", Set.of("REFORM_PLAN")),
            Map.entry("NESDP", Set.of("NESDP")),
            Map.entry("NESDP_MILESTONE", Set.of("NESDP", "NESDP_MILESTONE")),
            Map.entry("SDG_TARGET", Set.of("SDG_GOAL")),
            Map.entry("LEVEL3_PLAN", Set.of("LEVEL3_PLAN")),
            Map.entry("BUDGET_STRATEGY", Set.of("BUDGET_STRATEGY")),
            Map.entry("BUDGET_PLAN", Set.of("BUDGET_STRATEGY", "BUDGET_PLAN")),
            Map.entry("AGENCY_PLAN", Set.of("AGENCY_PLAN")),
            Map.entry("STRATEGIC_ISSUE", Set.of("AGENCY_PLAN", "LEVEL3_PLAN", "STRATEGIC_ISSUE")),
            Map.entry("PROGRAMME", Set.of("AGENCY_PLAN", "LEVEL3_PLAN", "STRATEGIC_ISSUE")),
            Map.entry("SUB_PROGRAMME", Set.of("PROGRAMME", "SUB_PROGRAMME")),
            Map.entry("OUTPUT", Set.of("PROGRAMME", "SUB_PROGRAMME")),
            Map.entry("PROVINCIAL_STRATEGY", Set.of("PROVINCIAL_PLAN")),
            Map.entry("LOCAL_PLAN", Set.of("LOCAL_PLAN")),
            Map.entry("COMMUNITY_STRATEGY", Set.of("COMMUNITY_PLAN")));

    /**
     * The tiers of Thailand's plan system (the national strategy act's three levels): 1, the national strategy,
     * its goals and the SDGs adopted with it; 2, master plans and their sub-plans, reform plans, the national
     * development plan and its milestones; 3, every other plan. A plan {@code LINKS_TO} plans of its own tier or
     * a higher one (it serves them), and a project is {@code UNDER} a plan of tier 2 or 3.
     */
    static int planTier(String level) {
        return switch (level) {
            case "NATIONAL_STRATEGY", "NATIONAL_STRATEGY_GOAL", "SDG_GOAL", "SDG_TARGET" -> 1;
            case "MASTER_PLAN", "SUB_PLAN", "REFORM_PLAN", "NESDP", "NESDP_MILESTONE" -> 2;
            default -> 3;
        };
    }

    /** A project's kinds from the whole to its smallest part: a part is of its whole's kind or a smaller one. */
    private static final List<String> PROJECT_KIND_ORDER = List.of("PROJECT", "ACTIVITY", "SUB_ACTIVITY");

    /** What the model's rules on relationships read of a node: a plan's level or a project's kind. */
    static Object levelOrKind(Map<String, Object> properties) {
        return properties.get("level") != null ? properties.get("level") : properties.get("kind");
    }

    /**
     * What is wrong with a relationship given the level of the plans or the kind of the projects at its ends
     * ({@code fromValue} and {@code toValue}: a plan's {@code level}, a project's {@code kind}, else null), or null.
     */
    static String endValueProblem(String type, String fromLabel, String from, Object fromValue, String toLabel, String to,
            Object toValue) {
        if (type.equals("UNDER") && toLabel.equals("Plan") && toValue instanceof String level && planTier(level) == 1) {
            return "UNDER cannot join a project (" + from + ") to a plan of level " + level + " (" + to + "): projects are "
                    + "under plans below the national strategy, its goals and the SDGs (a programme, a master plan …)";
        }
        if (!(fromValue instanceof String fromKind) || !(toValue instanceof String toKind)) {
            return null;
        }
        boolean plans = fromLabel.equals("Plan") && toLabel.equals("Plan");
        if (type.equals("PART_OF") && plans) {
            Set<String> wholes = PLAN_PARTS.getOrDefault(fromKind, Set.of());
            return wholes.contains(toKind) ? null : "PART_OF cannot join a plan of level " + fromKind + " (" + from
                    + ") to one of level " + toKind + " (" + to + "): a " + fromKind + " may be part of "
                    + (wholes.isEmpty() ? "no other plan" : "a " + String.join(" or ", new java.util.TreeSet<>(wholes)));
        }
        if (type.equals("LINKS_TO") && plans && planTier(toKind) > planTier(fromKind)) {
            return "LINKS_TO cannot join a plan of level " + fromKind + " (" + from + ") to one of level " + toKind + " ("
                    + to + "): a plan links to plans of its own tier or a higher one, and " + toKind + " (tier "
                    + planTier(toKind) + ") is below " + fromKind + " (tier " + planTier(fromKind) + ")";
        }
        if (type.equals("PART_OF") && fromLabel.equals("Project") && toLabel.equals("Project")
                && PROJECT_KIND_ORDER.indexOf(fromKind) < PROJECT_KIND_ORDER.indexOf(toKind)) {
            return "PART_OF cannot join a project of kind " + fromKind + " (" + from + ") to one of kind " + toKind + " ("
                    + to + "): a part is of its whole's kind or a smaller one (PROJECT, ACTIVITY, SUB_ACTIVITY)";
        }
        return null;
    }

    /** Labels that may come from reference data (ISO 3166-2, a gazetteer) rather than a document. */
    static final Set<String> REFERENCE_LABELS = Set.of("Source", "Region", "Province", "District", "Tambon");

    private DatasetSchema() {
    }

    static Optional<NodeSpec> nodeFile(String fileName) {
        return NODES.values().stream().filter(n -> n.fileName().equals(fileName)).findFirst();
    }

    static Optional<RelationshipSpec> relationshipFile(String fileName) {
        return RELATIONSHIPS.values().stream().filter(r -> r.fileName().equals(fileName)).findFirst();
    }

    private static NodeSpec node(String label, boolean citationRequired, Column... columns) {
        List<Column> all = new ArrayList<>();
        all.add(required("id", TEXT));
        all.addAll(List.of(columns));
        all.add(citationRequired ? required("src", CITATIONS) : optional("src", CITATIONS));
        // who last changed it through the API, and when (empty for rows that came from a document unchanged)
        all.add(optional("updatedAt", TEXT));
        all.add(optional("updatedBy", TEXT));
        return new NodeSpec(label, List.copyOf(all));
    }

    private static RelationshipSpec rel(String type, CitationRule citations, Map<String, Set<String>> ends,
            Column... columns) {
        List<Column> all = new ArrayList<>();
        all.add(required("from", TEXT));
        all.add(required("to", TEXT));
        all.addAll(List.of(columns));
        all.add(optional("src", CITATIONS));
        return new RelationshipSpec(type, List.copyOf(all), ends, citations);
    }

    private static Map<String, NodeSpec> nodes(NodeSpec... specs) {
        Map<String, NodeSpec> map = new LinkedHashMap<>();
        for (NodeSpec spec : specs) {
            map.put(spec.label(), spec);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, RelationshipSpec> relationships(RelationshipSpec... specs) {
        Map<String, RelationshipSpec> map = new LinkedHashMap<>();
        for (RelationshipSpec spec : specs) {
            map.put(spec.type(), spec);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
