package th.phakee.money;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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
            "creditedToDepartment", "inAgencyTotals");
    private static final Set<String> SHARES = Set.of("RESPONSIBLE_FOR", "OWNS");
    private static final Set<String> FRAME_LEVELS = Set.of("BUDGET_STRATEGY", "BUDGET_PLAN");
    private static final Set<String> DEPARTMENTS = Set.of("DEPARTMENT", "PUBLIC_ORGANIZATION");
    /** How many steps up a figure's money is counted in what is above what it funds. */
    static final int DEPTH = 12;
    private static final int BATCH = 1000;
    /**
     * The version of what the model derives, stamped on the graph at each update: a start on a graph that an
     * older version derived derives it again. 2: collaborations (money.Collaborations) and search texts with each
     * name between separators (search.SearchText). 3: each figure's inAgencyTotals (the agencies whose totals hold it),
     * so that a change moves the agencies' totals by difference (money.ChangeScope).
     */
    public static final long VERSION = 3;

    private final Neo4jClient neo4j;
    private final CypherQueries cypher;
    private final int maxChangeScope;

    MoneyModel(Neo4jClient neo4j, CypherQueries cypher,
            @org.springframework.beans.factory.annotation.Value("${phakee.money.max-change-scope:100000}") int maxChangeScope) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.maxChangeScope = maxChangeScope;
    }

    /** Runs a statement where the model is being updated. */
    interface Statements {
        List<Map<String, Object>> run(String statement, Map<String, Object> parameters);
    }

    /** Recomputes the model in the Spring transaction in progress (an import's). Returns the figures changed. */
    public int update() {
        return update((statement, parameters) -> new ArrayList<>(neo4j.query(statement).bindAll(parameters).fetch().all()));
    }

    /**
     * Recomputes the model over a graph that no one else is writing yet (one an earlier version derived, before the
     * service serves; a bulk import derives from its bundle instead: {@link #derive}) part by part: whole components
     * of figures, plans and projects ({@link ChangeScope}) a few thousand at a time, each part in a transaction of
     * its own, the sums over everything added up as the parts go and written at the end, then each agency's
     * collaborations, some agencies at a time. At 10^6 generated nodes the whole graph at once outgrew Neo4j's
     * transaction memory, then a 3 GiB heap; part by part it takes 83 s in that heap. Returns the figures changed.
     */
    public int updateInBatches(org.springframework.transaction.support.TransactionTemplate transactions) {
        // no lock: each part is a transaction of its own, which a lock would not span (and no one else writes)
        long started = System.nanoTime();
        Statements statements = (statement, parameters) -> new ArrayList<>(
                neo4j.query(statement).bindAll(parameters).fetch().all());
        Statements own = (statement, parameters) -> transactions.execute(status -> statements.run(statement, parameters));
        ChangeScope.Context context = ChangeScope.Context.read(own, cypher::get);
        Set<String> undone = new LinkedHashSet<>();
        read(own, "money/parts.ids").forEach(row -> undone.add((String) row.get("id")));
        // the figures, plans and projects, a part at a time: whole components (a tree with its figures), each part
        // derived and written in a transaction of its own; the sums over everything added up as the parts go
        Tallies tallies = new Tallies();
        Map<String, Long> agencyShares = new HashMap<>();
        int changed = 0;
        int parts = 0;
        while (!undone.isEmpty()) {
            List<String> seeds = undone.stream().limit(PART).toList();
            int[] figures = new int[1];
            transactions.executeWithoutResult(status -> {
                ChangeScope part = ChangeScope.readPart(statements, cypher::get, seeds, context);
                Model model = new Model(part.graph(), part.component()::contains);
                List<Map<String, Object>> rows = model.changedFigures();
                write(statements, "money/write.figures", rows);
                write(statements, "money/write.totals", model.changedNodeTotals());
                tallies.addAll(model.tallies());
                model.addAgencyShares(agencyShares);
                undone.removeAll(part.component());
                figures[0] = rows.size();
            });
            changed += figures[0];
            parts++;
        }
        // the sums over everything, against what is stored
        Model agencies = new Model(ChangeScope.readSharing(own, cypher::get, Set.of(), context).graph(), id -> false);
        List<Map<String, Object>> totals = agencies.changedAgencyTotalsOf(agencyShares);
        Changes tallied = tallies.changedFrom(read(own, "money/tallies"));
        batchedOwn(transactions, statements, "money/write.totals", "rows", totals);
        batchedOwn(transactions, statements, "money/write.tallies", "rows", tallied.written());
        batchedOwn(transactions, statements, "money/delete.tallies", "names", tallied.removed());
        // each agency's collaborations from what it shares, some agencies at a time
        List<String> all = context.nodes().stream().filter(row -> "Agency".equals(row.get("label")))
                .map(row -> (String) row.get("id")).toList();
        int collaborations = 0;
        for (int i = 0; i < all.size(); i += AGENCIES_PER_PART) {
            Set<String> batch = new LinkedHashSet<>(all.subList(i, Math.min(all.size(), i + AGENCIES_PER_PART)));
            Integer written = transactions.execute(status -> {
                ChangeScope sharing = ChangeScope.readSharing(statements, cypher::get, batch, context);
                List<Map<String, Object>> stored = read(statements, "money/collaborations.of",
                        Map.of("agencies", List.copyOf(batch))).stream().filter(row -> batch.contains(row.get("agency"))).toList();
                Changes pairs = Collaborations.changedFrom(new Model(sharing.graph(), id -> false).collaborations(batch), stored);
                write(statements, "money/write.collaborations", pairs.written());
                remove(statements, "money/delete.collaborations", pairs.removed());
                return pairs.written().size() + pairs.removed().size();
            });
            collaborations += written == null ? 0 : written;
        }
        List<String> orphans = read(own, "money/collaborations.orphans").stream().map(row -> (String) row.get("name")).toList();
        batchedOwn(transactions, statements, "money/delete.collaborations", "names", orphans);
        own.run(cypher.get("money/stamp"), Map.of("version", VERSION));
        log.info("Money model derived again in {} parts: {} figures, {} agencies' totals, {} tallies and {} collaborations "
                + "changed in {} s", parts, changed, totals.size(), tallied.written().size() + tallied.removed().size(),
                collaborations + orphans.size(), (System.nanoTime() - started) / 1_000_000_000);
        return changed;
    }

    /** Figures, plans and projects whose components one part starts from (a part reads their whole components). */
    private static final int PART = 2_000;
    /** Agencies whose collaborations one transaction derives again. */
    private static final int AGENCIES_PER_PART = 200;

    /** Writes {@code values} in batches, each in a transaction of its own. */
    private void batchedOwn(org.springframework.transaction.support.TransactionTemplate transactions, Statements statements,
            String statement, String parameter, List<?> values) {
        for (int i = 0; i < values.size(); i += BATCH) {
            List<?> batch = values.subList(i, Math.min(values.size(), i + BATCH));
            transactions.executeWithoutResult(status -> statements.run(cypher.get(statement), Map.of(parameter, batch)));
        }
    }

    /**
     * Updates the model in a driver transaction in progress (a curation's) for what {@code change} changed: only the
     * figures, plans and projects it can move, the tallies and agencies' totals by difference, and the collaborations
     * of the agencies that share what it touched ({@link ChangeScope}). The same rules as {@link #derive}, and the
     * same values: a test derives the whole graph again after each kind of change and finds nothing to change.
     * Returns the figures changed.
     */
    public int update(TransactionContext tx, Change change) {
        Statements statements = (statement, parameters) -> tx.run(statement, parameters).list(org.neo4j.driver.Record::asMap);
        long started = System.nanoTime();
        statements.run(cypher.get("money/lock"), Map.of());
        if (change.isEmpty()) {
            return 0;
        }
        Map<String, Long> amountsBefore = change.amountsAlone();
        if (amountsBefore != null && updateAmounts(statements, change, amountsBefore, started)) {
            return 0;
        }
        ChangeScope scope = ChangeScope.read(statements, cypher::get, change, maxChangeScope);
        Set<String> component = scope.component();
        MoneyGraph graph = scope.graph();
        Model model = new Model(graph, component::contains);
        List<Map<String, Object>> figures = model.changedFigures();
        // the shares as they were: what the change wrote or removed as it was before, the others as stored
        List<Map<String, Object>> before = new ArrayList<>();
        for (String id : component) {
            MoneyGraph.Node node = scope.node(id);
            if (node != null && node.label().equals("Budget")) {
                before.add(change.before().getOrDefault(id, node.properties()));
            }
        }
        change.removed().stream().map(change.before()::get)
                .filter(old -> old != null && "Budget".equals(old.get("label"))).forEach(before::add);
        List<Map<String, Object>> totals = model.changedTotals(before);
        List<String> plansBefore = new ArrayList<>();
        List<String> plansNow = new ArrayList<>();
        java.util.stream.Stream.concat(change.rewritten().stream(), change.removed().stream()).distinct().forEach(id -> {
            Map<String, Object> old = change.before().get(id);
            if (old != null && "Plan".equals(old.get("label"))) {
                plansBefore.add((String) old.get("level"));
            }
            MoneyGraph.Node now = scope.node(id);
            if (now != null && now.label().equals("Plan")) {
                plansNow.add((String) now.properties().get("level"));
            }
        });
        Tallies difference = model.talliesDifference(before, plansBefore, plansNow);
        Changes tallies = difference.addedTo(read(statements, "money/tallies.named", Map.of("names", difference.names())));
        long derived = System.nanoTime();
        // the things whose sharers may have changed: what the change touched (plans, projects, places; not figures
        // and agencies, which share nothing themselves), and what figures that moved fund
        Set<String> things = new TreeSet<>(change.touched());
        things.removeIf(id -> scope.node(id) != null && List.of("Budget", "Agency").contains(scope.node(id).label()));
        figures.forEach(row -> things.addAll(graph.targets((String) row.get("id"), Set.of("FUNDS"), any -> true)));
        change.touched().stream().filter(id -> scope.node(id) != null && scope.node(id).label().equals("Budget"))
                .forEach(id -> things.addAll(graph.targets(id, Set.of("FUNDS"), any -> true)));
        Set<String> sides = scope.readCollaborators(change, things);
        Changes collaborations = collaborationsOf(statements, scope, sides, component::contains, model.derived());
        long computed = System.nanoTime();
        writeDerived(statements, figures, totals, tallies, collaborations);
        log.debug("Money model, a change of {} nodes: {} figures, plans and projects in its scope, {} agencies' collaborations; "
                + "{} figures, {} totals, {} tallies and {} collaborations changed; derived {} ms, collaborations {} ms, "
                + "written {} ms", change.touched().size(), component.size(), sides.size(), figures.size(), totals.size(),
                tallies.written().size() + tallies.removed().size(),
                collaborations.written().size() + collaborations.removed().size(), (derived - started) / 1_000_000,
                (computed - derived) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        return figures.size();
    }

    /**
     * Updates the sums after a change of figures' amounts alone ({@code amountsBefore}: each one's amount before): no
     * value derived for a figure depends on its amount, so each figure's difference is added to the totals, tallies and
     * collaborations that hold it as stored (heldBy, inAgencyTotals and the others say which), without deriving its
     * tree (at 10^6 nodes CODI's 2567 tree is 33,000 figures, plans and projects: seconds to read). Returns false,
     * having written nothing, if a total it would move was never derived (the whole update derives it).
     */
    private boolean updateAmounts(Statements statements, Change change, Map<String, Long> amountsBefore, long started) {
        ChangeScope scope = ChangeScope.readAmounts(statements, cypher::get, amountsBefore.keySet(), DEPTH);
        MoneyGraph graph = scope.graph();
        Model model = new Model(graph, id -> false);
        List<Map<String, Object>> totals = model.totalsAfterAmounts(amountsBefore);
        if (totals == null) {
            return false;
        }
        Tallies difference = new Tallies();
        Set<String> things = new TreeSet<>();
        amountsBefore.forEach((id, before) -> {
            Map<String, Object> figure = scope.node(id).properties();
            long now = ((Number) figure.get("amountBaht")).longValue();
            long year = ((Number) figure.get("fiscalYear")).longValue();
            if (now != before) {
                difference.add(before, year, figure, -1);
                difference.add(now, year, figure, 1);
                things.addAll(graph.targets(id, Set.of("FUNDS"), any -> true));
            }
        });
        Changes tallies = difference.addedTo(read(statements, "money/tallies.named", Map.of("names", difference.names())));
        // two agencies' money together adds up the figures of what they share
        Set<String> sides = things.isEmpty() ? Set.of() : scope.readCollaborators(change, things);
        Changes collaborations = collaborationsOf(statements, scope, sides, id -> false, Map.of());
        writeDerived(statements, List.of(), totals, tallies, collaborations);
        log.debug("Money model, the amounts of {} figures: {} totals, {} tallies and {} collaborations changed in {} ms",
                amountsBefore.size(), totals.size(), tallies.written().size() + tallies.removed().size(),
                collaborations.written().size() + collaborations.removed().size(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private int update(Statements statements) {
        long started = System.nanoTime();
        statements.run(cypher.get("money/lock"), Map.of());
        MoneyGraph graph = wholeGraph(statements);
        long read = System.nanoTime();
        Derivation derived = derive(graph, read(statements, "money/tallies"), read(statements, "money/collaborations.stored"));
        long computed = System.nanoTime();
        writeDerived(statements, derived.figures(), derived.totals(), derived.tallies(), derived.collaborations());
        log.debug("Money model: {} figures, {} totals, {} tallies and {} collaborations changed; read {} ms, computed {} ms, "
                + "written {} ms", derived.figures().size(), derived.totals().size(),
                derived.tallies().written().size() + derived.tallies().removed().size(),
                derived.collaborations().written().size() + derived.collaborations().removed().size(),
                (read - started) / 1_000_000, (computed - read) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        return derived.figures().size();
    }

    /**
     * The collaborations of the agencies {@code sides} (each pair both ways round) derived again over what
     * {@code scope} has read, by the figures' values in {@code derived} (just derived) or else as stored, against
     * those stored; none if there are no sides.
     */
    private Changes collaborationsOf(Statements statements, ChangeScope scope, Set<String> sides,
            java.util.function.Predicate<String> derives, Map<String, Map<String, Object>> derived) {
        if (sides.isEmpty()) {
            return new Changes(List.of(), List.of());
        }
        MoneyGraph shared = scope.graph();
        Model sharing = new Model(shared, derives);
        sharing.useDerived(derived);
        return Collaborations.changedFrom(Collaborations.withMirrors(sharing.collaborations(sides), sides, shared),
                read(statements, "money/collaborations.of", Map.of("agencies", List.copyOf(sides))));
    }

    /** Writes what an update derived, each kind in batches, and stamps the graph with this version. */
    private void writeDerived(Statements statements, List<Map<String, Object>> figures, List<Map<String, Object>> totals,
            Changes tallies, Changes collaborations) {
        write(statements, "money/write.figures", figures);
        write(statements, "money/write.totals", totals);
        write(statements, "money/write.tallies", tallies.written());
        remove(statements, "money/delete.tallies", tallies.removed());
        write(statements, "money/write.collaborations", collaborations.written());
        remove(statements, "money/delete.collaborations", collaborations.removed());
        statements.run(cypher.get("money/stamp"), Map.of("version", VERSION));
    }

    private MoneyGraph wholeGraph(Statements statements) {
        return new MoneyGraph(read(statements, "money/graph.nodes").stream().map(MoneyModel::node).toList(),
                read(statements, "money/graph.links").stream().map(MoneyModel::link).toList());
    }

    /**
     * What a derivation of the whole graph would change now: nothing, where every change has kept the model (a
     * check, for tests and operators; it reads the whole graph).
     */
    public Derivation pending() {
        Statements statements = (statement, parameters) -> new ArrayList<>(
                neo4j.query(statement).bindAll(parameters).fetch().all());
        return derive(wholeGraph(statements), read(statements, "money/tallies"),
                read(statements, "money/collaborations.stored"));
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
        Model model = new Model(graph, id -> true);
        long read = System.nanoTime();
        List<Map<String, Object>> figures = model.changedFigures();
        long figured = System.nanoTime();
        List<Map<String, Object>> totals = model.changedTotals(null);
        long totalled = System.nanoTime();
        Changes tallies = model.tallies().changedFrom(storedTallies);
        // after the figures: what two agencies share adds up figures by their heldBy
        Changes collaborations = Collaborations.changedFrom(
                model.collaborations(graph.nodes("Agency").stream().map(MoneyGraph.Node::id).toList()), storedCollaborations);
        log.debug("Derived: inputs {} ms, figures {} ms, totals {} ms, tallies and collaborations {} ms",
                (read - started) / 1_000_000, (figured - read) / 1_000_000, (totalled - figured) / 1_000_000,
                (System.nanoTime() - totalled) / 1_000_000);
        return new Derivation(figures, totals, tallies, collaborations);
    }

    /** What {@link #derive} found to write: rows for the {@code money/write.*} statements, names to delete. */
    public record Derivation(List<Map<String, Object>> figures, List<Map<String, Object>> totals, Changes tallies,
            Changes collaborations) {

        /** Whether it changes nothing. */
        public boolean isEmpty() {
            return figures.isEmpty() && totals.isEmpty() && tallies.written().isEmpty() && tallies.removed().isEmpty()
                    && collaborations.written().isEmpty() && collaborations.removed().isEmpty();
        }
    }

    /**
     * Kept nodes (tallies, collaborations: {@link Tallies#changedFrom}, {@link Collaborations#changedFrom}) to write,
     * new or changed, and the names of stored ones to remove.
     */
    public record Changes(List<Map<String, Object>> written, List<String> removed) {
    }

    static MoneyGraph.Node node(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) row.get("properties");
        return new MoneyGraph.Node((String) row.get("label"), (String) row.get("id"), properties);
    }

    static MoneyGraph.Link link(Map<String, Object> row) {
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
        return read(statements, statement, Map.of());
    }

    private List<Map<String, Object>> read(Statements statements, String statement, Map<String, Object> parameters) {
        return statements.run(cypher.get(statement), parameters);
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
        /** Whether a figure's, plan's or project's values are derived (the others are read as stored). */
        private final java.util.function.Predicate<String> derives;
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
        /** The agencies responsible for each plan or project. */
        private final Map<String, Set<String>> responsible = new HashMap<>();
        private final Map<String, Object> storedAgencyTotals = new HashMap<>();
        private final Map<String, Map<String, Integer>> ancestors = new HashMap<>();
        private final Map<String, String> withinAny = new HashMap<>();
        private final Map<String, List<Figure>> withinChildren = new HashMap<>();
        private final Map<String, Places> places = new HashMap<>();
        /** The dashboard's sums of the figures as derived by changedFigures (which fills it). */
        private final Tallies tallies = new Tallies();

        Model(MoneyGraph graph, java.util.function.Predicate<String> derives) {
            this.graph = graph;
            this.derives = derives;
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
            agencyThings.forEach((agency, things) -> things.forEach(
                    t -> responsible.computeIfAbsent(t, x -> new LinkedHashSet<>()).add(agency)));
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
                if (!derives.test(f.id())) {
                    continue;
                }
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
                props.put("inAgencyTotals", inAgencyTotals(f));
                tallies.add(f.amount(), f.fiscalYear(), props, 1);
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

        /**
         * The agencies whose totals hold a figure: those responsible for what it funds or anything above, but for an
         * agency responsible for something whose total already holds it through a figure it is within.
         */
        private List<String> inAgencyTotals(Figure f) {
            if (f.restates() || f.funds() == null) {
                return List.of();
            }
            Set<String> outer = outerOf(f);
            Set<String> credited = new TreeSet<>();
            for (String node : ancestors(f.funds()).keySet()) {
                for (String agency : responsible.getOrDefault(node, Set.of())) {
                    if (outer.stream().noneMatch(o -> agencyThings.get(agency).contains(o))) {
                        credited.add(agency);
                    }
                }
            }
            return List.copyOf(credited);
        }

        /** The plans and projects whose totals hold the figure {@code f} is within (none if it is within none). */
        private Set<String> outerOf(Figure f) {
            String within = withinAny.get(f.id());
            return within == null || figures.get(within).funds() == null ? Set.of()
                    : ancestors(figures.get(within).funds()).keySet();
        }

        /** The dashboard's tallies: the figures' sums (after changedFigures) and the plans by level. */
        Tallies tallies() {
            nodeLevel.values().stream().filter(Objects::nonNull).forEach(level -> tallies.addPlan(level, 1));
            return tallies;
        }

        /**
         * The tallies' difference (after changedFigures, which added the derived figures' new shares): the figures'
         * shares as they were ({@code before}: amountBaht, fiscalYear and the derived values) out, and the plans'
         * levels as they were ({@code plansBefore}) out and as they are ({@code plansNow}) in.
         */
        Tallies talliesDifference(Collection<Map<String, Object>> before, Collection<String> plansBefore,
                Collection<String> plansNow) {
            before.forEach(old -> tallies.add(((Number) old.get("amountBaht")).longValue(),
                    ((Number) old.get("fiscalYear")).longValue(), old, -1));
            plansBefore.stream().filter(Objects::nonNull).forEach(level -> tallies.addPlan(level, -1));
            plansNow.stream().filter(Objects::nonNull).forEach(level -> tallies.addPlan(level, 1));
            return tallies;
        }

        /** The values derived for each figure so far (changedFigures'), for another model to add up collaborations by. */
        Map<String, Map<String, Object>> derived() {
            return derived;
        }

        /** Adds each derived figure's amount to the agencies whose totals hold it ({@code shares}). */
        void addAgencyShares(Map<String, Long> shares) {
            for (Figure f : figures.values()) {
                if (derives.test(f.id()) && derived.containsKey(f.id())) {
                    for (String agency : inAgencyTotalsOf(derived.get(f.id()))) {
                        shares.merge(agency, f.amount(), Math::addExact);
                    }
                }
            }
        }

        /** The agencies' totals of {@code shares} (every agency's money, from nothing) that differ from what is stored. */
        List<Map<String, Object>> changedAgencyTotalsOf(Map<String, Long> shares) {
            Map<String, Long> totals = new LinkedHashMap<>();
            agencyThings.keySet().forEach(agency -> totals.put(agency, shares.getOrDefault(agency, 0L)));
            return changedRows(totals, storedAgencyTotals);
        }

        /** Takes the values another model derived for these figures (collaborations add them up). */
        void useDerived(Map<String, Map<String, Object>> values) {
            derived.putAll(values);
        }

        /** A figure's heldBy: derived here, else as stored. */
        @SuppressWarnings("unchecked")
        private List<String> heldByOf(Figure f) {
            Map<String, Object> values = derived.get(f.id());
            Object heldBy = values != null ? values.get("heldBy") : f.stored().get("heldBy");
            return heldBy == null ? List.of() : (List<String>) heldBy;
        }

        /**
         * Every pair of agencies that share something (after changedFigures), as rows for
         * {@link Collaborations#changedFrom}: agency, other, otherSortKey, shared (the things' ids in Thai order of
         * their names) and baht. Two agencies share a thing when both are responsible for, own or pay for the same
         * project or plan, when plans link to it through each of them (LINKS_TO via), or when both are located in the
         * same place. Its money is the shared things' own figures, each once: not a restatement, nor a figure that
         * another figure of the shared things holds (its heldBy).
         */
        List<Map<String, Object>> collaborations(Collection<String> agencies) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String self : agencies) {
                if (!isAgency(self)) {
                    continue;   // removed: it shares nothing now
                }
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
                    if (!mine.type().equals("LINKS_TO")) {
                        continue;
                    }
                    for (MoneyGraph.Link theirs : graph.into(mine.to(), "LINKS_TO")) {
                        if (theirs.via() != null && !theirs.via().equals(self) && isAgency(theirs.via())) {
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
                            List<String> heldBy = heldByOf(f);
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

        /**
         * Plans', projects' and agencies' totals that changed (after changedFigures). With {@code before} null, every
         * total from nothing; else the derived plans' and projects' from nothing and each agency's stored total moved
         * by the difference: the derived figures in, their shares as they were ({@code before}: amountBaht and
         * inAgencyTotals) out.
         */
        List<Map<String, Object>> changedTotals(Collection<Map<String, Object>> before) {
            List<Map<String, Object>> rows = changedNodeTotals();
            rows.addAll(changedAgencyTotals(before));
            return rows;
        }

        /** The derived plans' and projects' totals that changed (after changedFigures), each from nothing. */
        List<Map<String, Object>> changedNodeTotals() {
            Map<String, Long> totals = new HashMap<>();
            parents.keySet().stream().filter(derives).forEach(node -> totals.put(node, 0L));
            for (Figure f : figures.values()) {
                if (f.restates() || f.funds() == null || !derives.test(f.id())) {
                    continue;
                }
                Set<String> outer = outerOf(f);
                for (String node : ancestors(f.funds()).keySet()) {
                    if (!outer.contains(node)) {
                        totals.merge(node, f.amount(), Math::addExact);
                    }
                }
            }
            return changedRows(totals, storedTotals);
        }

        /**
         * Plans', projects' and agencies' totals after only figures' amounts changed ({@code before}: each one's amount
         * before): each figure's difference added, onto the stored totals, to those that hold it as {@link
         * #changedNodeTotals} and {@link #addAgencyShares} count it (what it funds and everything above but its
         * heldBy; its inAgencyTotals). Null if one of them has no total stored.
         */
        List<Map<String, Object>> totalsAfterAmounts(Map<String, Long> before) {
            Map<String, Long> nodes = new LinkedHashMap<>();
            Map<String, Long> agencies = new LinkedHashMap<>();
            before.forEach((id, amount) -> {
                Figure f = figures.get(id);
                long difference = Math.subtractExact(f.amount(), amount);
                if (difference == 0) {
                    return;
                }
                if (!f.restates() && f.funds() != null) {
                    List<String> heldBy = heldByOf(f);
                    ancestors(f.funds()).keySet().stream().filter(node -> !heldBy.contains(node))
                            .forEach(node -> nodes.merge(node, difference, Math::addExact));
                }
                inAgencyTotalsOf(f.stored()).forEach(agency -> agencies.merge(agency, difference, Math::addExact));
            });
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var moved : List.of(Map.entry(nodes, storedTotals), Map.entry(agencies, storedAgencyTotals))) {
                for (var total : moved.getKey().entrySet()) {
                    Long stored = number(moved.getValue().get(total.getKey()));
                    if (stored == null) {
                        return null;
                    }
                    if (total.getValue() != 0) {
                        rows.add(Map.of("id", total.getKey(), "total", Math.addExact(stored, total.getValue())));
                    }
                }
            }
            return rows;
        }

        /** The agencies' totals that changed (after changedFigures): see {@link #changedTotals}. */
        private List<Map<String, Object>> changedAgencyTotals(Collection<Map<String, Object>> before) {
            Map<String, Long> shares = new HashMap<>();
            addAgencyShares(shares);
            if (before == null) {
                return changedAgencyTotalsOf(shares);
            }
            // the derived figures' shares in, their shares as they were out, onto what is stored (an agency with no
            // total stored gets one)
            for (Map<String, Object> old : before) {
                long amount = ((Number) old.get("amountBaht")).longValue();
                for (String agency : inAgencyTotalsOf(old)) {
                    shares.merge(agency, -amount, Math::addExact);
                }
            }
            Map<String, Long> totals = new LinkedHashMap<>();
            agencyThings.keySet().forEach(agency -> {
                Long stored = number(storedAgencyTotals.get(agency));
                if (stored == null || shares.containsKey(agency)) {
                    totals.put(agency, Math.addExact(stored == null ? 0 : stored, shares.getOrDefault(agency, 0L)));
                }
            });
            return changedRows(totals, storedAgencyTotals);
        }

        /** The totals of {@code totals} that differ from {@code stored}, as rows for {@code money/write.totals}. */
        private static List<Map<String, Object>> changedRows(Map<String, Long> totals, Map<String, Object> stored) {
            List<Map<String, Object>> rows = new ArrayList<>();
            totals.forEach((id, total) -> {
                if (!Objects.equals(number(stored.get(id)), total)) {
                    rows.add(Map.of("id", id, "total", total));
                }
            });
            return rows;
        }

        @SuppressWarnings("unchecked")
        private static List<String> inAgencyTotalsOf(Map<String, Object> values) {
            Object agencies = values == null ? null : values.get("inAgencyTotals");
            return agencies == null ? List.of() : (List<String>) agencies;
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
