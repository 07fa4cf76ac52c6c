package th.phakee.money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import th.phakee.graph.InvalidRequestException;

/**
 * The part of the graph one change can move, read instead of the whole graph (at 10^6 nodes the whole money graph is
 * 2.6 million rows: half a minute to read and more heap than the service has). The rules of {@link MoneyModel} are
 * local but for three reaches, and the scope follows each:
 * <ul>
 * <li>a figure's values depend on the plans and projects above what it funds and on the figures there, and a total on
 * every figure below: the scope is the whole <em>component</em> of the changed figures, plans and projects, through
 * FUNDS, PART_OF, UNDER and CONFLICTS_WITH between them (a tree of plans with its projects and their figures);</li>
 * <li>the department a figure is credited to, and the provinces of what lies in a place, reach further when an
 * agency's kind or what an agency or a place is part of changes: the figures credited to its units, or the things in
 * it, join the component;</li>
 * <li>the dashboard's tallies and the agencies' totals add up the whole graph: they are kept by difference (the
 * scope's old shares out, its new ones in), and two agencies' collaboration by deriving it again from the side of the
 * pair with fewer relationships, for the pairs that share what the change touched.</li>
 * </ul>
 * Agencies, provinces and regions (a few thousand nodes) are read whole: the rules read their kinds and places.
 */
final class ChangeScope {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChangeScope.class);

    private static final List<String> TYPES = List.copyOf(MoneyGraph.TYPES);
    private static final Set<String> THINGS = Set.of("Plan", "Project");
    private static final Set<String> PLACES = Set.of("Province", "Region", "District", "Tambon");
    private static final List<String> SHARING = List.of("OWNS", "RESPONSIBLE_FOR", "FUNDS", "LINKS_TO", "LOCATED_IN");

    private final MoneyModel.Statements statements;
    private final java.util.function.Function<String, String> cypher;
    private final Map<String, MoneyGraph.Node> nodes = new LinkedHashMap<>();
    private final Set<MoneyGraph.Link> links = new LinkedHashSet<>();
    private final Set<String> component = new LinkedHashSet<>();

    private ChangeScope(MoneyModel.Statements statements, java.util.function.Function<String, String> cypher) {
        this.statements = statements;
        this.cypher = cypher;
    }

    /** Reads the component of {@code change} with the agencies, provinces and regions. */
    static ChangeScope read(MoneyModel.Statements statements, java.util.function.Function<String, String> cypher,
            Change change, int maxComponent) {
        ChangeScope scope = new ChangeScope(statements, cypher);
        scope.readComponent(scope.seeds(change), maxComponent, Context.read(statements, cypher));
        return scope;
    }

    /**
     * Reads the components of {@code seeds} (figures, plans, projects), with {@code context} read before: a part of a
     * whole graph derived again part by part ({@link MoneyModel#updateInBatches}).
     */
    static ChangeScope readPart(MoneyModel.Statements statements, java.util.function.Function<String, String> cypher,
            Collection<String> seeds, Context context) {
        ChangeScope scope = new ChangeScope(statements, cypher);
        scope.readComponent(new TreeSet<>(seeds), Integer.MAX_VALUE, context);
        return scope;
    }

    /**
     * Reads, for a change of {@code figures}' amounts alone, those figures, what they fund and the plans and projects
     * above it (as far as {@code depth} steps: where their totals hold them), with the agencies, provinces and regions;
     * no component, since no figure's values move.
     */
    static ChangeScope readAmounts(MoneyModel.Statements statements, java.util.function.Function<String, String> cypher,
            Collection<String> figures, int depth) {
        ChangeScope scope = new ChangeScope(statements, cypher);
        scope.addContext(Context.read(statements, cypher));
        List<String> ids = List.copyOf(figures);
        scope.addNodes(scope.rows("money/scope.nodes", Map.of("ids", ids)));
        List<Map<String, Object>> out = scope.rows("money/scope.links.out", Map.of("ids", ids, "types", TYPES));
        scope.addLinks(out);
        // the figures they restate or are part of (whether a figure restates another is a rule's reading)
        List<String> figured = out.stream().filter(row -> Set.of("PART_OF", "CONFLICTS_WITH").contains(row.get("type")))
                .map(row -> (String) row.get("to")).distinct().toList();
        scope.addNodes(scope.rows("money/scope.nodes", Map.of("ids", figured)));
        Set<String> frontier = new TreeSet<>();
        out.stream().filter(row -> "FUNDS".equals(row.get("type"))).forEach(row -> frontier.add((String) row.get("to")));
        for (int step = 0; !frontier.isEmpty(); step++) {
            scope.addNodes(scope.rows("money/scope.nodes", Map.of("ids", List.copyOf(frontier))));
            List<String> things = frontier.stream().filter(id -> THINGS.contains(scope.labelOf(id))).toList();
            frontier.clear();
            if (step == depth || things.isEmpty()) {
                break;
            }
            List<Map<String, Object>> up = scope.rows("money/scope.links.out", Map.of("ids", things, "types", List.of("PART_OF", "UNDER")));
            scope.addLinks(up);
            up.forEach(row -> frontier.add((String) row.get("to")));
            frontier.removeIf(scope.nodes::containsKey);
        }
        return scope;
    }

    /** Reads what {@code agencies} share (no component): their collaborations derived again, with {@code context}. */
    static ChangeScope readSharing(MoneyModel.Statements statements, java.util.function.Function<String, String> cypher,
            Set<String> agencies, Context context) {
        ChangeScope scope = new ChangeScope(statements, cypher);
        scope.addContext(context);
        scope.readSharing(agencies);
        return scope;
    }

    /** Every agency, province and region, and what agencies and provinces are part of: read whole, once. */
    record Context(List<Map<String, Object>> nodes, List<Map<String, Object>> links) {

        static Context read(MoneyModel.Statements statements, java.util.function.Function<String, String> cypher) {
            return new Context(statements.run(cypher.apply("money/scope.context"), Map.of()),
                    statements.run(cypher.apply("money/scope.context.links"), Map.of()));
        }
    }

    private void addContext(Context context) {
        addNodes(context.nodes());
        addLinks(context.links());
    }

    /** The figures, plans and projects whose values are derived again. */
    Set<String> component() {
        return component;
    }

    /** The graph read so far. */
    MoneyGraph graph() {
        return new MoneyGraph(nodes.values(), links);
    }

    MoneyGraph.Node node(String id) {
        return nodes.get(id);
    }

    /**
     * The figures, plans and projects a change starts its component from: those it touched, the figures credited to
     * an agency it regrouped (or its units), what is in a place it regrouped.
     */
    private Set<String> seeds(Change change) {
        Set<String> asked = new TreeSet<>(change.touched());
        asked.addAll(change.regrouped());
        Map<String, String> labels = new HashMap<>();
        rows("money/scope.kinds", Map.of("ids", List.copyOf(asked)))
                .forEach(row -> labels.put((String) row.get("id"), (String) row.get("label")));
        Set<String> seeds = new TreeSet<>();
        change.touched().stream().filter(id -> isMoneyNode(labels.get(id))).forEach(seeds::add);
        List<String> agencies = change.regrouped().stream()
                .filter(id -> "Agency".equals(labels.get(id)) || "Agency".equals(change.labelOf(id))).toList();
        if (!agencies.isEmpty()) {
            seeds.addAll(ids("money/scope.credited", Map.of("agencies", agencies)));
        }
        List<String> places = change.regrouped().stream().filter(id -> labels.containsKey(id) && PLACES.contains(labels.get(id))).toList();
        if (!places.isEmpty()) {
            seeds.addAll(ids("money/scope.located", Map.of("places", places)));
        }
        return seeds;
    }

    /**
     * Reads the component of {@code seeds}; refuses (before reading more than its ids) one of more than
     * {@code maxComponent} figures, plans and projects: the service would hold them all to derive them.
     */
    private void readComponent(Set<String> seeds, int maxComponent, Context context) {
        // the component, a step at a time from what is new
        List<String> frontier = List.copyOf(seeds);
        component.addAll(seeds);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String id : ids("money/scope.component", Map.of("ids", frontier))) {
                if (component.add(id)) {
                    next.add(id);
                }
            }
            frontier = next;
            if (component.size() > maxComponent) {
                throw new InvalidRequestException("This change would move the money of more than " + maxComponent
                        + " plans, projects and budget figures (the most one change may move: phakee.money.max-change-scope); "
                        + "nothing was changed. Make it by importing a bundle, which derives the whole graph.");
            }
        }
        List<String> ids = List.copyOf(component);
        addNodes(rows("money/scope.nodes", Map.of("ids", ids)));
        addLinks(rows("money/scope.links.out", Map.of("ids", ids, "types", TYPES)));
        addLinks(rows("money/scope.links.in", Map.of("ids", ids, "types", TYPES)));
        addContext(context);
        // the places the component's figures and things are in, for, or target, and the places those are part of
        Set<String> placesNamed = new TreeSet<>();
        for (MoneyGraph.Link link : links) {
            if (Set.of("LOCATED_IN", "TARGETS", "FOR").contains(link.type())) {
                placesNamed.add(link.to());
            }
        }
        for (int step = 0; step < 2 && !placesNamed.isEmpty(); step++) {
            List<Map<String, Object>> up = rows("money/scope.links.out",
                    Map.of("ids", List.copyOf(placesNamed), "types", List.of("PART_OF")));
            addLinks(up);
            placesNamed = new TreeSet<>();
            for (Map<String, Object> row : up) {
                placesNamed.add((String) row.get("to"));
            }
        }
    }

    /**
     * The agencies whose collaborations are derived again, having read what they share: for each thing the change
     * touched ({@code things}: written or removed plans, projects and places, what changed figures fund), the pairs of
     * agencies that share it now or shared it before (their stored collaboration lists it), each from the side with
     * fewer relationships, and every agency written or removed (its name is in its collaborators' rows).
     */
    Set<String> readCollaborators(Change change, Collection<String> things) {
        Set<String> thingIds = new TreeSet<>(things);
        Set<String> sides = new TreeSet<>();
        change.rewritten().stream().filter(id -> "Agency".equals(change.labelOf(id))).forEach(sides::add);
        change.removed().stream().filter(id -> "Agency".equals(change.labelOf(id))).forEach(sides::add);
        if (thingIds.isEmpty() && sides.isEmpty()) {
            return sides;
        }
        // who shares each thing now: responsible for it, owns it, pays for it, links to it through, or is located in it
        List<Map<String, Object>> into = rows("money/scope.links.in", Map.of("ids", List.copyOf(thingIds), "types", SHARING));
        addLinks(into);
        Set<String> budgets = new TreeSet<>();
        into.stream().filter(r -> "FUNDS".equals(r.get("type"))).forEach(r -> budgets.add((String) r.get("from")));
        addLinks(rows("money/scope.links.out", Map.of("ids", List.copyOf(budgets), "types", List.of("FROM"))));
        MoneyGraph now = graph();
        Map<String, Set<String>> sharers = new HashMap<>();
        for (String thing : thingIds) {
            Set<String> agencies = new TreeSet<>();
            for (MoneyGraph.Link link : now.linksInto(thing)) {
                switch (link.type()) {
                    case "OWNS", "RESPONSIBLE_FOR", "LOCATED_IN" -> agencies.add(link.from());
                    case "FUNDS" -> agencies.addAll(now.targets(link.from(), Set.of("FROM"), any -> true));
                    case "LINKS_TO" -> {
                        if (link.via() != null) {
                            agencies.add(link.via());
                        }
                    }
                    default -> {
                    }
                }
            }
            agencies.removeIf(id -> !"Agency".equals(labelOf(id)));
            sharers.put(thing, agencies);
        }
        Set<List<String>> pairs = new HashSet<>();
        sharers.values().forEach(agencies -> agencies.forEach(a -> agencies.forEach(b -> {
            if (a.compareTo(b) < 0) {
                pairs.add(List.of(a, b));
            }
        })));
        // who shared them before: the stored pairs of these agencies (and of the change's own) that list one of them
        Set<String> asked = new TreeSet<>();
        sharers.values().forEach(asked::addAll);
        change.touched().stream().filter(id -> "Agency".equals(labelOf(id))).forEach(asked::add);
        // and the payers of the figures it touched: a figure that funded a removed thing paid for it with them
        change.touched().stream().filter(id -> "Budget".equals(labelOf(id)))
                .forEach(budget -> asked.addAll(now.targets(budget, Set.of("FROM"), id -> "Agency".equals(labelOf(id)))));
        if (!asked.isEmpty() && !thingIds.isEmpty()) {
            rows("money/collaborations.sharing", Map.of("agencies", List.copyOf(asked), "things", List.copyOf(thingIds)))
                    .forEach(row -> pairs.add(List.of((String) row.get("agency"), (String) row.get("other"))));
        }
        Set<String> paired = new TreeSet<>();
        pairs.forEach(paired::addAll);
        Map<String, Long> degrees = new HashMap<>();
        if (!paired.isEmpty()) {
            rows("money/scope.degrees", Map.of("agencies", List.copyOf(paired)))
                    .forEach(row -> degrees.put((String) row.get("id"), ((Number) row.get("degree")).longValue()));
        }
        for (List<String> pair : pairs) {
            long a = degrees.getOrDefault(pair.get(0), 0L);
            long b = degrees.getOrDefault(pair.get(1), 0L);
            sides.add(a < b || a == b && pair.get(0).compareTo(pair.get(1)) < 0 ? pair.get(0) : pair.get(1));
        }
        readSharing(sides);
        return sides;
    }

    /** What {@code agencies} share with others, as {@code MoneyModel.Model.collaborations} walks it. */
    private void readSharing(Set<String> agencies) {
        if (agencies.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(agencies);
        List<Map<String, Object>> own = rows("money/scope.links.out",
                Map.of("ids", ids, "types", List.of("OWNS", "RESPONSIBLE_FOR", "LOCATED_IN")));
        List<Map<String, Object>> paid = rows("money/scope.links.in", Map.of("ids", ids, "types", List.of("FROM")));
        List<Map<String, Object>> linked = rows("money/scope.links.via", Map.of("agencies", ids));
        addLinks(own);
        addLinks(paid);
        addLinks(linked);
        Set<String> budgets = new TreeSet<>();
        paid.forEach(row -> budgets.add((String) row.get("from")));
        List<Map<String, Object>> funded = rows("money/scope.links.out", Map.of("ids", List.copyOf(budgets), "types", List.of("FUNDS")));
        addLinks(funded);
        Set<String> things = new TreeSet<>();
        own.forEach(row -> things.add((String) row.get("to")));
        funded.forEach(row -> things.add((String) row.get("to")));
        linked.forEach(row -> things.add((String) row.get("to")));
        List<Map<String, Object>> into = rows("money/scope.links.in", Map.of("ids", List.copyOf(things), "types", SHARING));
        addLinks(into);
        into.stream().filter(r -> "FUNDS".equals(r.get("type"))).forEach(r -> budgets.add((String) r.get("from")));
        List<Map<String, Object>> paying = rows("money/scope.links.out",
                Map.of("ids", List.copyOf(budgets), "types", List.of("FROM", "CONFLICTS_WITH")));
        addLinks(paying);
        paying.stream().filter(r -> "CONFLICTS_WITH".equals(r.get("type"))).forEach(r -> budgets.add((String) r.get("to")));
        budgets.removeIf(nodes::containsKey);
        if (!budgets.isEmpty()) {
            addNodes(rows("money/scope.nodes", Map.of("ids", List.copyOf(budgets))));
        }
    }

    private String labelOf(String id) {
        MoneyGraph.Node node = nodes.get(id);
        return node == null ? null : node.label();
    }

    private static boolean isMoneyNode(String label) {
        return label != null && ("Budget".equals(label) || THINGS.contains(label));
    }

    private void addNodes(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            MoneyGraph.Node node = MoneyModel.node(row);
            nodes.putIfAbsent(node.id(), node);
        }
    }

    private void addLinks(List<Map<String, Object>> rows) {
        rows.forEach(row -> links.add(MoneyModel.link(row)));
    }

    private List<Map<String, Object>> rows(String statement, Map<String, Object> parameters) {
        long started = System.nanoTime();
        List<Map<String, Object>> rows = statements.run(cypher.apply(statement), parameters);
        log.trace("{}: {} rows in {} ms", statement, rows.size(), (System.nanoTime() - started) / 1_000_000);
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String statement, Map<String, Object> parameters) {
        List<Map<String, Object>> rows = rows(statement, parameters);
        return rows.isEmpty() ? List.of() : (List<String>) rows.get(0).get("ids");
    }
}
