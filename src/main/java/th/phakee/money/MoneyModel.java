package th.phakee.money;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import th.phakee.graph.CypherQueries;

/**
 * The one counting model of money ({@code docs/money.md}): which figure counts in which total, decided in one
 * place whenever the data changes (after an import and after every change, in the same transaction) and stored
 * on the figures, so that every field that sums money reads the same answer instead of deriving its own.
 *
 * <p>A figure is <em>within</em> another when the other's total already holds it: it is a stated part of it
 * ({@code PART_OF}), or it restates it differently ({@code CONFLICTS_WITH}: the other is the one sums use), or it
 * funds something inside what the other funds ({@code PART_OF}/{@code UNDER}), for the same fiscal year and source
 * (or the other is a combined total, source OTHER). A total over a plan adds the figures under it that are not
 * within another figure under it. A figure counts for a province only when it is that province's alone: stated
 * for it, or funding something located in or targeting it alone; an undivided figure of several provinces is
 * shown apart ({@code sharedFor}), never added to each.
 */
@Component
public class MoneyModel {

    private static final Logger log = LoggerFactory.getLogger(MoneyModel.class);
    private static final String COMBINED = "OTHER";
    /** The regions money is summed by (the CODI's five; a province is in one). */
    private static final String CODI_REGIONS = "CODI5";
    /** What the model derives for each figure (the keys of its props; cypher/money/graph.nodes.cypher reads them). */
    private static final List<String> DERIVED = List.of("counted", "partOf", "restates", "withinAny", "heldBecause",
            "withinSame", "heldBy", "heldBySame", "splitBySource", "provinces", "regions", "province", "region",
            "countedFor", "countedForRegion", "sharedFor", "level", "countedForPlanLevel", "creditedTo",
            "creditedToDepartment");
    private static final Set<String> SHARES = Set.of("RESPONSIBLE_FOR", "OWNS");
    private static final Set<String> FRAME_LEVELS = Set.of("BUDGET_STRATEGY", "BUDGET_PLAN");
    private static final Set<String> DEPARTMENTS = Set.of("DEPARTMENT", "PUBLIC_ORGANIZATION");
    private static final int DEPTH = 12;
    private static final int BATCH = 1000;
    /**
     * The version of what the model derives, stamped on the graph at each update: a start on a graph that an
     * older version derived derives it again. 2: collaborations (money.Collaborations) and search texts with each
     * name between separators (search.SearchText).
     */
    public static final long VERSION = 2;

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;

    MoneyModel(Neo4jClient neo4j, CypherQueries cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** Runs a statement where the model is being updated. */
    private interface Statements {
        List<Map<String, Object>> run(String statement, Map<String, Object> parameters);
    }

    /** Recomputes the model in the Spring transaction in progress (an import's). Returns the figures changed. */
    public int update() {
        return update((statement, parameters) -> new ArrayList<>(neo4j.query(statement).bindAll(parameters).fetch().all()),
                true);
    }

    /**
     * Recomputes the model over a graph that no one else is writing yet (one an earlier version derived, before the
     * service serves; a bulk import derives from its bundle instead: {@link #derive}): each statement in a transaction of its own, the
     * writes in batches, so that millions of figures need no one transaction that holds all their changes (at 10^6
     * generated nodes that transaction outgrew Neo4j's transaction memory). Returns the figures changed.
     */
    public int updateInBatches(org.springframework.transaction.support.TransactionTemplate transactions) {
        // no lock: each statement is a transaction of its own, which a lock would not span (and no one else writes)
        return update((statement, parameters) -> transactions.execute(
                status -> new ArrayList<>(neo4j.query(statement).bindAll(parameters).fetch().all())), false);
    }

    /** Recomputes the model in a driver transaction in progress (a change's). Returns the figures changed. */
    public int update(TransactionContext tx) {
        return update((statement, parameters) -> tx.run(statement, parameters).list(org.neo4j.driver.Record::asMap), true);
    }

    private int update(Statements statements, boolean lock) {
        long started = System.nanoTime();
        if (lock) {
            statements.run(cypher.get("money/lock"), Map.of());
        }
        MoneyGraph graph = new MoneyGraph(
                read(statements, "money/graph.nodes").stream().map(MoneyModel::node).toList(),
                read(statements, "money/graph.links").stream().map(MoneyModel::link).toList());
        long read = System.nanoTime();
        Derivation derived = derive(graph, read(statements, "money/tallies"), read(statements, "money/collaborations.stored"));
        long computed = System.nanoTime();
        write(statements, "money/write.figures", derived.figures());
        write(statements, "money/write.totals", derived.totals());
        write(statements, "money/write.tallies", derived.tallies().written());
        remove(statements, "money/delete.tallies", derived.tallies().removed());
        write(statements, "money/write.collaborations", derived.collaborations().written());
        remove(statements, "money/delete.collaborations", derived.collaborations().removed());
        statements.run(cypher.get("money/stamp"), Map.of("version", VERSION));
        log.debug("Money model: {} figures, {} totals, {} tallies and {} collaborations changed; read {} ms, computed {} ms, "
                + "written {} ms", derived.figures().size(), derived.totals().size(),
                derived.tallies().written().size() + derived.tallies().removed().size(),
                derived.collaborations().written().size() + derived.collaborations().removed().size(),
                (read - started) / 1_000_000, (computed - read) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        return derived.figures().size();
    }

    /**
     * What the model derives from {@code graph}, as rows to write where it differs from what is stored: each figure's
     * values ({@code id}, {@code props}), each plan's, project's and agency's total ({@code id}, {@code total}),
     * the dashboard's tallies and the agencies' collaborations (against {@code storedTallies} and
     * {@code storedCollaborations}; empty for a graph not yet written, where everything is new).
     */
    public static Derivation derive(MoneyGraph graph, List<Map<String, Object>> storedTallies,
            List<Map<String, Object>> storedCollaborations) {
        long started = System.nanoTime();
        Model model = new Model(graph);
        long read = System.nanoTime();
        List<Map<String, Object>> figures = model.changedFigures();
        long figured = System.nanoTime();
        List<Map<String, Object>> totals = model.changedTotals();
        long totalled = System.nanoTime();
        Changes tallies = model.tallies().changedFrom(storedTallies);
        // after the figures: what two agencies share adds up figures by their heldBy
        Changes collaborations = Collaborations.changedFrom(model.collaborations(), storedCollaborations);
        log.debug("Derived: inputs {} ms, figures {} ms, totals {} ms, tallies and collaborations {} ms",
                (read - started) / 1_000_000, (figured - read) / 1_000_000, (totalled - figured) / 1_000_000,
                (System.nanoTime() - totalled) / 1_000_000);
        return new Derivation(figures, totals, tallies, collaborations);
    }

    /** What {@link #derive} found to write: rows for the {@code money/write.*} statements, names to delete. */
    public record Derivation(List<Map<String, Object>> figures, List<Map<String, Object>> totals, Changes tallies,
            Changes collaborations) {
    }

    /**
     * Kept nodes (tallies, collaborations: {@link Tallies#changedFrom}, {@link Collaborations#changedFrom}) to write,
     * new or changed, and the names of stored ones to remove.
     */
    public record Changes(List<Map<String, Object>> written, List<String> removed) {
    }

    private static MoneyGraph.Node node(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) row.get("properties");
        return new MoneyGraph.Node((String) row.get("label"), (String) row.get("id"), properties);
    }

    private static MoneyGraph.Link link(Map<String, Object> row) {
        return new MoneyGraph.Link((String) row.get("type"), (String) row.get("from"), (String) row.get("to"),
                (String) row.get("via"), (String) row.get("toSortKey"));
    }

    /** Whether the graph's derived values are this version's (or there is nothing to derive from). */
    public boolean isCurrent() {
        Map<String, Object> row = neo4j.query(cypher.get("money/version")).fetch().one().orElseThrow();
        return !Boolean.TRUE.equals(row.get("hasData"))
                || row.get("version") instanceof Number version && version.longValue() == VERSION;
    }

    private List<Map<String, Object>> read(Statements statements, String statement) {
        return statements.run(cypher.get(statement), Map.of());
    }

    private void write(Statements statements, String statement, List<Map<String, Object>> rows) {
        batched(statements, statement, "rows", rows);
    }

    /** Removes the nodes {@code names} name (tallies, collaborations), in batches as {@link #write} writes. */
    private void remove(Statements statements, String statement, List<String> names) {
        batched(statements, statement, "names", names);
    }

    private void batched(Statements statements, String statement, String parameter, List<?> values) {
        for (int i = 0; i < values.size(); i += BATCH) {
            statements.run(cypher.get(statement), Map.of(parameter, values.subList(i, Math.min(values.size(), i + BATCH))));
        }
    }

    /** A budget figure as the graph states it, with its derived values as stored. */
    record Figure(String id, long amount, long fiscalYear, String source, String funds, String partOf, String kept,
            String payer, List<String> statedProvinces, List<String> statedRegions, Map<String, Object> stored) {

        /** The figure {@code budget} of {@code graph}: what it funds, is part of, restates, comes from, is for. */
        static Figure of(MoneyGraph graph, MoneyGraph.Node budget) {
            String id = budget.id();
            Map<String, Object> p = budget.properties();
            // what it derived before (none, in a bundle about to be written): an absent key reads as null
            Map<String, Object> stored = new HashMap<>();
            DERIVED.forEach(key -> {
                if (p.get(key) != null) {
                    stored.put(key, p.get(key));
                }
            });
            List<String> statedProvinces = graph.targets(id, Set.of("FOR"), any -> true).stream()
                    .flatMap(place -> graph.provincesOf(place).stream()).distinct().toList();
            List<String> statedRegions = graph.targets(id, Set.of("FOR"),
                    place -> graph.is(place, "Region") && CODI_REGIONS.equals(graph.property(place, "scheme")));
            return new Figure(id, ((Number) p.get("amountBaht")).longValue(), ((Number) p.get("fiscalYear")).longValue(),
                    (String) p.get("source"), graph.firstTarget(id, "FUNDS", any -> true),
                    graph.firstTarget(id, "PART_OF", whole -> graph.is(whole, "Budget")),
                    graph.firstTarget(id, "CONFLICTS_WITH", kept -> graph.is(kept, "Budget")),
                    graph.firstTarget(id, "FROM", agency -> graph.is(agency, "Agency")), statedProvinces, statedRegions,
                    stored);
        }

        boolean restates() {
            return kept != null;
        }
    }

    /** The model over one reading of the graph. */
    private static final class Model {

        private final MoneyGraph graph;
        private final Map<String, Figure> figures = new LinkedHashMap<>();
        /** Each figure's derived values (after changedFigures), changed or not: collaborations add up by them. */
        private final Map<String, Map<String, Object>> derived = new HashMap<>();
        private final Map<String, List<Figure>> byNode = new HashMap<>();
        private final Map<String, List<String>> parents = new HashMap<>();
        private final Map<String, List<String>> nodeProvinces = new HashMap<>();
        private final Map<String, String> nodeLevel = new HashMap<>();
        private final Map<String, List<String>> owners = new HashMap<>();
        private final Map<String, List<String>> responsibleFor = new HashMap<>();
        private final Map<String, String> agencyKind = new HashMap<>();
        private final Map<String, String> agencyParent = new HashMap<>();
        private final Map<String, Object> storedTotals = new HashMap<>();
        private final Map<String, String> regionOf = new HashMap<>();
        private final Map<String, Set<String>> agencyThings = new LinkedHashMap<>();
        private final Map<String, Object> storedAgencyTotals = new HashMap<>();
        private final Map<String, Map<String, Integer>> ancestors = new HashMap<>();
        private final Map<String, String> withinAny = new HashMap<>();
        private final Map<String, List<Figure>> withinChildren = new HashMap<>();
        private final Map<String, Places> places = new HashMap<>();
        /** The dashboard's sums of the figures as derived by changedFigures (which fills it). */
        private final Tallies tallies = new Tallies();

        Model(MoneyGraph graph) {
            this.graph = graph;
            List<Figure> figures = graph.nodes("Budget").stream().map(b -> Figure.of(graph, b)).toList();
            figures.forEach(f -> {
                this.figures.put(f.id(), f);
                if (f.funds() != null) {
                    byNode.computeIfAbsent(f.funds(), n -> new ArrayList<>()).add(f);
                }
            });
            for (String label : List.of("Plan", "Project")) {
                for (MoneyGraph.Node node : graph.nodes(label)) {
                    String id = node.id();
                    // in id order: what is derived from them (heldBy's order) must not depend on where the store keeps them
                    parents.put(id, graph.targets(id, Set.of("PART_OF", "UNDER"), graph::isPlanOrProject).stream().sorted().toList());
                    nodeProvinces.put(id, graph.targets(id, Set.of("LOCATED_IN", "TARGETS"), any -> true).stream()
                            .flatMap(place -> graph.provincesOf(place).stream()).distinct().toList());
                    nodeLevel.put(id, (String) node.properties().get("level"));
                    owners.put(id, graph.sources(id, Set.of("OWNS"), this::isAgency).stream().sorted().toList());
                    responsibleFor.put(id, graph.sources(id, Set.of("RESPONSIBLE_FOR"), this::isAgency).stream().sorted().toList());
                    storedTotals.put(id, node.properties().get("totalBaht"));
                }
            }
            for (MoneyGraph.Node province : graph.nodes("Province")) {
                graph.targets(province.id(), Set.of("PART_OF"), r -> graph.is(r, "Region")
                        && CODI_REGIONS.equals(graph.property(r, "scheme"))).forEach(r -> regionOf.put(province.id(), r));
            }
            for (MoneyGraph.Node agency : graph.nodes("Agency")) {
                String id = agency.id();
                agencyThings.put(id, new LinkedHashSet<>(graph.targets(id, Set.of("RESPONSIBLE_FOR"), graph::isPlanOrProject)));
                agencyKind.put(id, (String) agency.properties().get("kind"));
                agencyParent.put(id, graph.firstTarget(id, "PART_OF", this::isAgency));
                storedAgencyTotals.put(id, agency.properties().get("totalBaht"));
            }
            figures.forEach(f -> {
                String within = f.partOf() != null ? f.partOf() : f.restates() ? f.kept() : cover(f, false);
                if (within != null && this.figures.containsKey(within)) {
                    withinAny.put(f.id(), within);
                    withinChildren.computeIfAbsent(within, w -> new ArrayList<>()).add(f);
                }
            });
        }

        private boolean isAgency(String id) {
            return graph.is(id, "Agency");
        }

        /** The plans and projects {@code node} is inside, with how many steps up each is (itself at 0). */
        Map<String, Integer> ancestors(String node) {
            Map<String, Integer> known = ancestors.get(node);
            if (known != null) {
                return known;
            }
            Map<String, Integer> found = new LinkedHashMap<>();
            ArrayDeque<String> queue = new ArrayDeque<>(List.of(node));
            found.put(node, 0);
            while (!queue.isEmpty()) {
                String current = queue.poll();
                int depth = found.get(current);
                if (depth >= DEPTH) {
                    continue;
                }
                for (String parent : parents.getOrDefault(current, List.of())) {
                    if (!found.containsKey(parent)) {
                        found.put(parent, depth + 1);
                        queue.add(parent);
                    }
                }
            }
            ancestors.put(node, found);
            return found;
        }

        /**
         * The nearest figure of the same fiscal year funding something {@code figure}'s thing is inside: of the same
         * source ({@code sameSource}); or else also a combined total (source OTHER) over a figure of any source, or
         * any figure over one whose source the document does not state (OTHER): money whose source is unknown, inside
         * something funded that year, is taken to be part of that money, not added to it. The whole before its parts.
         */
        String cover(Figure figure, boolean sameSource) {
            if (figure.funds() == null) {
                return null;
            }
            return ancestors(figure.funds()).entrySet().stream().filter(e -> e.getValue() > 0)
                    .flatMap(e -> byNode.getOrDefault(e.getKey(), List.of()).stream()
                            .filter(c -> c.fiscalYear() == figure.fiscalYear() && !c.restates()
                                    && (c.source().equals(figure.source()) || !sameSource
                                            && (COMBINED.equals(c.source()) || COMBINED.equals(figure.source()))))
                            .map(c -> Map.entry(e.getValue(), c)))
                    .min(Comparator.<Map.Entry<Integer, Figure>>comparingInt(Map.Entry::getKey)
                            .thenComparing(e -> e.getValue().partOf() == null ? 0 : 1)
                            .thenComparing(e -> e.getValue().id()))
                    .map(e -> e.getValue().id()).orElse(null);
        }

        String withinSame(Figure f) {
            if (f.restates()) {
                return f.kept();
            }
            if (f.partOf() != null && figures.containsKey(f.partOf()) && figures.get(f.partOf()).source().equals(f.source())) {
                return f.partOf();
            }
            return cover(f, true);
        }

        /** The figures {@code figure} is within, nearest first (guarded against cycles in bad data). */
        List<Figure> chain(Figure figure) {
            List<Figure> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(figure.id()));
            String next = withinAny.get(figure.id());
            while (next != null && seen.add(next)) {
                Figure w = figures.get(next);
                chain.add(w);
                next = withinAny.get(next);
            }
            return chain;
        }

        record Places(List<String> provinces, List<String> regions) {
        }

        /** Where a figure's money goes: stated for, else where its thing is, else where the figure it is within goes. */
        Places places(Figure figure) {
            Places known = places.get(figure.id());
            if (known != null) {
                return known;
            }
            places.put(figure.id(), new Places(List.of(), List.of()));   // a cycle in bad data ends here
            List<String> provinces;
            Set<String> regions = new TreeSet<>(figure.statedRegions());
            if (!figure.statedProvinces().isEmpty() || !figure.statedRegions().isEmpty()) {
                provinces = sorted(figure.statedProvinces());
            }
            else if (figure.funds() != null && !nodeProvinces.getOrDefault(figure.funds(), List.of()).isEmpty()) {
                provinces = sorted(nodeProvinces.get(figure.funds()));
            }
            else if (withinAny.containsKey(figure.id())) {
                Places inherited = places(figures.get(withinAny.get(figure.id())));
                places.put(figure.id(), inherited);
                return inherited;
            }
            else {
                provinces = List.of();
            }
            provinces.forEach(p -> {
                if (regionOf.containsKey(p)) {
                    regions.add(regionOf.get(p));
                }
            });
            Places computed = new Places(provinces, List.copyOf(regions));
            places.put(figure.id(), computed);
            return computed;
        }

        private static List<String> sorted(List<String> values) {
            return List.copyOf(new TreeSet<>(values));
        }

        private static String single(List<String> values) {
            return values.size() == 1 ? values.get(0) : null;
        }

        /** The province (or region) a figure counts for: its own alone, and no figure it is within counts there. */
        String countedFor(Figure figure, java.util.function.Function<Places, List<String>> where) {
            String place = single(where.apply(places(figure)));
            if (place == null || figure.restates()) {
                return null;
            }
            for (Figure outer : chain(figure)) {
                if (place.equals(single(where.apply(places(outer))))) {
                    return null;
                }
            }
            return place;
        }

        /**
         * The national budget frame (the Budget Act's strategies and plans, seed 004 Part 1) is money of another level
         * than an agency's own budget: no total adds the two.
         */
        String level(Figure figure) {
            if (figure.funds() != null && ancestors(figure.funds()).keySet().stream()
                    .anyMatch(n -> nodeLevel.get(n) != null && FRAME_LEVELS.contains(nodeLevel.get(n)))) {
                return "NATIONAL_FRAME";
            }
            return "AGENCY";
        }

        /**
         * The plan level a figure counts at in the money-by-level breakdown: the level of the plan it funds, unless
         * a figure holding it funds a plan of the same level (the Budget Act's 3.1 trillion and its six strategies'
         * shares are all at the budget-strategy level: one total). Each level is a total of its own.
         */
        String countedForPlanLevel(Figure figure) {
            String level = figure.funds() == null ? null : nodeLevel.get(figure.funds());
            if (level == null || figure.restates()) {
                return null;
            }
            for (Figure outer : chain(figure)) {
                if (outer.funds() != null && level.equals(nodeLevel.get(outer.funds()))) {
                    return null;
                }
            }
            return level;
        }

        /**
         * The agency a figure is credited to: the one it comes from (FROM); else the one that owns what it funds, or
         * the nearest thing above that has an owner; else the one responsible for it, likewise.
         */
        String creditedTo(Figure figure) {
            if (figure.payer() != null) {
                return figure.payer();
            }
            if (figure.funds() == null) {
                return null;
            }
            for (Map<String, List<String>> agencies : List.of(owners, responsibleFor)) {
                String nearest = ancestors(figure.funds()).entrySet().stream()
                        .filter(e -> !agencies.getOrDefault(e.getKey(), List.of()).isEmpty())
                        .min(Map.Entry.comparingByValue()).map(e -> agencies.get(e.getKey()).get(0)).orElse(null);
                if (nearest != null) {
                    return nearest;
                }
            }
            return null;
        }

        /** The department or public organisation an agency's unit belongs to (itself if it is one, or has none). */
        String department(String agency) {
            Set<String> seen = new HashSet<>();
            for (String current = agency; current != null && seen.add(current); current = agencyParent.get(current)) {
                if (agencyKind.get(current) != null && DEPARTMENTS.contains(agencyKind.get(current))) {
                    return current;
                }
            }
            return agency;
        }

        /** The provinces for which this undivided figure of several provinces is the one to show apart. */
        List<String> sharedFor(Figure figure) {
            List<String> provinces = places(figure).provinces();
            if (provinces.size() < 2 || figure.restates()) {
                return List.of();
            }
            List<String> shared = new ArrayList<>();
            for (String province : provinces) {
                boolean outerHolds = chain(figure).stream().anyMatch(o -> places(o).provinces().contains(province));
                if (!outerHolds && !dividedFor(figure, province, new HashSet<>())) {
                    shared.add(province);
                }
            }
            return shared;
        }

        /** Whether a figure within this one is the province's own share. */
        private boolean dividedFor(Figure figure, String province, Set<String> seen) {
            for (Figure inner : withinChildren.getOrDefault(figure.id(), List.of())) {
                if (seen.add(inner.id()) && (province.equals(single(places(inner).provinces()))
                        || dividedFor(inner, province, seen))) {
                    return true;
                }
            }
            return false;
        }

        List<Map<String, Object>> changedFigures() {
            // a whole whose parts say where its money comes from (a combined total split by source)
            Set<String> splitBySource = new HashSet<>();
            figures.values().forEach(f -> {
                Figure whole = f.partOf() == null ? null : figures.get(f.partOf());
                if (whole != null && !whole.source().equals(f.source())) {
                    splitBySource.add(whole.id());
                }
            });
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Figure f : figures.values()) {
                String within = withinAny.get(f.id());
                String same = withinSame(f);
                Places where = places(f);
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("counted", within == null);
                props.put("partOf", f.partOf());
                props.put("restates", f.kept());
                props.put("withinAny", within);
                props.put("heldBecause", within == null ? null : f.partOf() != null ? "PART" : f.restates() ? "RESTATES" : "INSIDE");
                props.put("withinSame", same);
                props.put("heldBy", heldBy(within));
                props.put("heldBySame", heldBy(same));
                props.put("splitBySource", splitBySource.contains(f.id()));
                props.put("provinces", where.provinces());
                props.put("regions", where.regions());
                props.put("province", single(where.provinces()));
                props.put("region", single(where.regions()));
                props.put("countedFor", countedFor(f, Places::provinces));
                props.put("countedForRegion", countedFor(f, Places::regions));
                props.put("sharedFor", sharedFor(f));
                props.put("level", level(f));
                props.put("countedForPlanLevel", countedForPlanLevel(f));
                String credited = creditedTo(f);
                props.put("creditedTo", credited);
                props.put("creditedToDepartment", department(credited));
                tallies.add(f.amount(), f.fiscalYear(), props);
                derived.put(f.id(), props);
                if (!sameValues(props, f.stored())) {
                    rows.add(Map.of("id", f.id(), "props", props));
                }
            }
            return rows;
        }

        /**
         * The plans and projects whose totals already hold a figure within {@code within}: where that figure is,
         * and everything that is inside. A figure adds to the total of what it is under unless that is one of them.
         */
        List<String> heldBy(String within) {
            Figure outer = within == null ? null : figures.get(within);
            return outer == null || outer.funds() == null ? List.of() : List.copyOf(ancestors(outer.funds()).keySet());
        }

        /** The dashboard's tallies: the figures' sums (after changedFigures) and the plans by level. */
        Tallies tallies() {
            nodeLevel.values().stream().filter(Objects::nonNull).forEach(tallies::addPlan);
            return tallies;
        }

        /**
         * Every pair of agencies that share something (after changedFigures), as rows for
         * {@link Collaborations#changedFrom}: agency, other, otherSortKey, shared (the things' ids in Thai order of
         * their names) and baht. Two agencies share a thing when both are responsible for, own or pay for the same
         * project or plan, when plans link to it through each of them (LINKS_TO via), or when both are located in the
         * same place. Its money is the shared things' own figures, each once: not a restatement, nor a figure that
         * another figure of the shared things holds (its heldBy).
         */
        List<Map<String, Object>> collaborations() {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MoneyGraph.Node agency : graph.nodes("Agency")) {
                String self = agency.id();
                Map<String, Set<String>> shared = new LinkedHashMap<>();
                java.util.function.BiConsumer<String, String> share = (other, thing) -> {
                    if (!other.equals(self)) {
                        shared.computeIfAbsent(other, o -> new HashSet<>()).add(thing);
                    }
                };
                for (String thing : graph.targets(self, SHARES, any -> true)) {
                    graph.sources(thing, SHARES, this::isAgency).forEach(other -> share.accept(other, thing));
                    payers(thing, null).forEach(other -> share.accept(other, thing));
                }
                for (String budget : graph.sources(self, Set.of("FROM"), b -> graph.is(b, "Budget"))) {
                    for (String thing : graph.targets(budget, Set.of("FUNDS"), any -> true)) {
                        payers(thing, budget).forEach(other -> share.accept(other, thing));
                        graph.sources(thing, SHARES, this::isAgency).forEach(other -> share.accept(other, thing));
                    }
                }
                for (MoneyGraph.Link mine : graph.via(self)) {
                    for (MoneyGraph.Link theirs : graph.into(mine.to(), "LINKS_TO")) {
                        if (mine.type().equals("LINKS_TO") && theirs.via() != null && !theirs.via().equals(self)
                                && isAgency(theirs.via())) {
                            share.accept(theirs.via(), mine.to());
                        }
                    }
                }
                for (String place : graph.targets(self, Set.of("LOCATED_IN"), any -> true)) {
                    graph.sources(place, Set.of("LOCATED_IN"), this::isAgency).forEach(other -> share.accept(other, place));
                }
                shared.forEach((other, things) -> {
                    List<String> ids = things.stream().sorted(Comparator.comparing(graph::sortKey,
                            Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(t -> t)).toList();
                    Set<String> idSet = new HashSet<>(ids);
                    Set<String> counted = new HashSet<>();
                    long baht = 0;
                    for (String thing : ids) {
                        for (String budget : graph.sources(thing, Set.of("FUNDS"), b -> graph.is(b, "Budget"))) {
                            Figure f = figures.get(budget);
                            @SuppressWarnings("unchecked")
                            List<String> heldBy = (List<String>) derived.get(f.id()).get("heldBy");
                            if (!f.restates() && heldBy.stream().noneMatch(idSet::contains) && counted.add(f.id())) {
                                baht = Math.addExact(baht, f.amount());
                            }
                        }
                    }
                    Map<String, Object> row = new HashMap<>();
                    row.put("agency", self);
                    row.put("other", other);
                    row.put("otherSortKey", graph.property(other, "sortKey"));
                    row.put("shared", ids);
                    row.put("baht", baht);
                    rows.add(row);
                });
            }
            return rows;
        }

        /** The agencies that pay for {@code thing} (FROM of the figures funding it), but through figure {@code except}. */
        private Set<String> payers(String thing, String except) {
            Set<String> payers = new LinkedHashSet<>();
            for (String budget : graph.sources(thing, Set.of("FUNDS"), b -> graph.is(b, "Budget"))) {
                if (!budget.equals(except)) {
                    payers.addAll(graph.targets(budget, Set.of("FROM"), this::isAgency));
                }
            }
            return payers;
        }

        List<Map<String, Object>> changedTotals() {
            Map<String, Long> totals = new HashMap<>();
            parents.keySet().forEach(node -> totals.put(node, 0L));
            Map<String, Set<String>> responsible = new HashMap<>();
            agencyThings.forEach((agency, things) -> things.forEach(
                    t -> responsible.computeIfAbsent(t, x -> new LinkedHashSet<>()).add(agency)));
            Map<String, Long> agencyTotals = new HashMap<>();
            agencyThings.keySet().forEach(a -> agencyTotals.put(a, 0L));
            for (Figure f : figures.values()) {
                if (f.restates() || f.funds() == null) {
                    continue;
                }
                String within = withinAny.get(f.id());
                Set<String> outer = within == null || figures.get(within).funds() == null ? Set.of()
                        : ancestors(figures.get(within).funds()).keySet();
                Set<String> credited = new HashSet<>();
                for (String node : ancestors(f.funds()).keySet()) {
                    if (!outer.contains(node)) {
                        totals.merge(node, f.amount(), Math::addExact);
                    }
                    for (String agency : responsible.getOrDefault(node, Set.of())) {
                        boolean holds = outer.stream().anyMatch(o -> agencyThings.get(agency).contains(o));
                        if (!holds && credited.add(agency)) {
                            agencyTotals.merge(agency, f.amount(), Math::addExact);
                        }
                    }
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            totals.forEach((node, total) -> {
                if (!Objects.equals(number(storedTotals.get(node)), total)) {
                    rows.add(Map.of("id", node, "total", total));
                }
            });
            agencyTotals.forEach((agency, total) -> {
                if (!Objects.equals(number(storedAgencyTotals.get(agency)), total)) {
                    rows.add(Map.of("id", agency, "total", total));
                }
            });
            return rows;
        }

        private static Long number(Object value) {
            return value instanceof Number n ? n.longValue() : null;
        }

        private static boolean sameValues(Map<String, Object> computed, Map<String, Object> stored) {
            for (var entry : computed.entrySet()) {
                Object mine = entry.getValue();
                Object theirs = stored == null ? null : stored.get(entry.getKey());
                if (mine instanceof List<?> list && list.isEmpty() && theirs == null) {
                    return false;   // an empty list is stored as such, so that the property exists
                }
                if (!Objects.equals(mine, theirs)) {
                    return false;
                }
            }
            return true;
        }
    }
}
