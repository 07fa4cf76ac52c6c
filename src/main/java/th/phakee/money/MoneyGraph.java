package th.phakee.money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The part of the graph the money model derives from, held in memory: the figures, plans, projects, agencies,
 * provinces and regions, and the relationships between things that say where money goes and who shares what. The
 * model reads it one way whether it comes from the database (after a change: {@code cypher/money/graph.*.cypher})
 * or from a bundle about to be written as a new store (the bulk import derives before writing, and writes the
 * derived values with the data), so that what each figure counts for is decided by one set of rules.
 */
public final class MoneyGraph {

    /** The labels whose nodes the model reads. */
    public static final Set<String> LABELS = Set.of("Budget", "Plan", "Project", "Agency", "Province", "Region");
    /** The relationship types the model follows. */
    public static final Set<String> TYPES = Set.of("FUNDS", "PART_OF", "UNDER", "CONFLICTS_WITH", "FROM", "FOR",
            "LOCATED_IN", "TARGETS", "OWNS", "RESPONSIBLE_FOR", "LINKS_TO");

    /** A node of one of {@link #LABELS}, with its properties (those the model reads and what it derived before). */
    public record Node(String label, String id, Map<String, Object> properties) {
    }

    /**
     * A relationship of one of {@link #TYPES}; {@code via} is a LINKS_TO's agency, {@code toSortKey} the Thai sort
     * key of the thing at its end (collaborations list what two agencies share in that order).
     */
    public record Link(String type, String from, String to, String via, String toSortKey) {
    }

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, List<Node>> byLabel = new HashMap<>();
    private final Map<String, List<Link>> out = new HashMap<>();
    private final Map<String, List<Link>> in = new HashMap<>();
    private final Map<String, List<Link>> byVia = new HashMap<>();
    private final Map<String, String> sortKeys = new HashMap<>();

    /** The graph of {@code nodes} (others than of {@link #LABELS} are left out) and {@code links} (likewise). */
    public MoneyGraph(Collection<Node> nodes, Collection<Link> links) {
        for (Node node : nodes) {
            if (LABELS.contains(node.label())) {
                this.nodes.put(node.id(), node);
                byLabel.computeIfAbsent(node.label(), l -> new ArrayList<>()).add(node);
            }
        }
        for (Link link : links) {
            if (!TYPES.contains(link.type())) {
                continue;
            }
            out.computeIfAbsent(link.from(), k -> new ArrayList<>(2)).add(link);
            in.computeIfAbsent(link.to(), k -> new ArrayList<>(2)).add(link);
            if (link.via() != null) {
                byVia.computeIfAbsent(link.via(), k -> new ArrayList<>(2)).add(link);
            }
            if (link.toSortKey() != null) {
                sortKeys.put(link.to(), link.toSortKey());
            }
        }
    }

    /** The nodes of {@code label}, in the order they were given. */
    List<Node> nodes(String label) {
        return byLabel.getOrDefault(label, List.of());
    }

    boolean is(String id, String label) {
        Node node = nodes.get(id);
        return node != null && node.label().equals(label);
    }

    boolean isPlanOrProject(String id) {
        return is(id, "Plan") || is(id, "Project");
    }

    Object property(String id, String key) {
        Node node = nodes.get(id);
        return node == null ? null : node.properties().get(key);
    }

    /** The Thai sort key of a thing at the end of a relationship (null if it has none). */
    String sortKey(String id) {
        return sortKeys.get(id);
    }

    /** The ends of {@code id}'s relationships of {@code types} that pass {@code end}, each once, in the given order. */
    List<String> targets(String id, Set<String> types, Predicate<String> end) {
        return ends(out.get(id), types, end, true);
    }

    /** The starts of the relationships of {@code types} into {@code id} that pass {@code start}, each once. */
    List<String> sources(String id, Set<String> types, Predicate<String> start) {
        return ends(in.get(id), types, start, false);
    }

    /** The lowest id among {@link #targets} (a figure's one thing, whole or agency: the first in id order). */
    String firstTarget(String id, String type, Predicate<String> end) {
        return targets(id, Set.of(type), end).stream().min(String::compareTo).orElse(null);
    }

    /** The relationships made through agency {@code via} (LINKS_TO via). */
    List<Link> via(String via) {
        return byVia.getOrDefault(via, List.of());
    }

    /** Every relationship into {@code id}. */
    List<Link> linksInto(String id) {
        return in.getOrDefault(id, List.of());
    }

    /** The relationships of {@code type} into {@code id}. */
    List<Link> into(String id, String type) {
        return in.getOrDefault(id, List.of()).stream().filter(l -> l.type().equals(type)).toList();
    }

    /**
     * The provinces {@code place} is or lies in: itself, or up to two PART_OF steps up (a tambon's district's
     * province).
     */
    List<String> provincesOf(String place) {
        Set<String> found = new LinkedHashSet<>();
        List<String> level = List.of(place);
        for (int step = 0; step <= 2 && !level.isEmpty(); step++) {
            List<String> next = new ArrayList<>();
            for (String node : level) {
                if (is(node, "Province")) {
                    found.add(node);
                }
                if (step < 2) {
                    next.addAll(targets(node, Set.of("PART_OF"), any -> true));
                }
            }
            level = next;
        }
        return List.copyOf(found);
    }

    private static List<String> ends(List<Link> links, Set<String> types, Predicate<String> passes, boolean forward) {
        if (links == null) {
            return List.of();
        }
        // most things have a few relationships, where a list's contains is cheaper than a set; a hub (CODI pays for
        // thousands of figures) needs the set
        java.util.Collection<String> ends = links.size() > 16 ? new LinkedHashSet<>() : new ArrayList<>(2);
        for (Link link : links) {
            String end = forward ? link.to() : link.from();
            if (types.contains(link.type()) && !ends.contains(end) && passes.test(end)) {
                ends.add(end);
            }
        }
        return ends instanceof List<String> list ? list : List.copyOf(ends);
    }
}
