package th.phakee.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.phakee.importer.GraphRecords.RelationshipRecord;

/**
 * Finds the cycles a set of {@code PART_OF} relationships would make: a bundle's rows, with or without the
 * database's relationships that the import keeps. Each group of things that are part of one another (a strongly
 * connected component) is one problem, reported at the last row of the bundle that is part of the cycle found,
 * with the cycle spelt out and the database's relationships on it named.
 */
final class PartOfCycles {

    /** A {@code PART_OF} relationship: a bundle row ({@code row} set) or one of the database's (row null). */
    record Edge(String from, String to, RelationshipRecord row) {
    }

    private PartOfCycles() {
    }

    /** Every cycle that holds a bundle row. */
    static List<BundleProblem> problems(List<Edge> edges) {
        return problems(edges, false);
    }

    /** The cycles that hold a bundle row and, if {@code withDatabaseOnly}, a relationship of the database too. */
    static List<BundleProblem> problems(List<Edge> edges, boolean withDatabaseOnly) {
        Map<String, List<Edge>> out = new LinkedHashMap<>();
        for (Edge edge : edges) {
            out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
            out.computeIfAbsent(edge.to(), k -> new ArrayList<>());
        }
        Set<String> partOfThemselves = new HashSet<>();
        edges.stream().filter(e -> e.from().equals(e.to())).forEach(e -> partOfThemselves.add(e.from()));
        List<BundleProblem> problems = new ArrayList<>();
        for (Set<String> component : components(out)) {
            if (component.size() == 1 && !partOfThemselves.contains(component.iterator().next())) {
                continue;
            }
            List<Edge> inside = edges.stream()
                    .filter(e -> component.contains(e.from()) && component.contains(e.to())).toList();
            Edge closing = inside.stream().filter(e -> e.row() != null)
                    .max(Comparator.comparing((Edge e) -> e.row().file()).thenComparingInt(e -> e.row().line()))
                    .orElse(null);
            if (closing == null) {
                // a cycle the database had before this bundle: not this bundle's to answer for
                continue;
            }
            List<Edge> path = path(closing.to(), closing.from(), inside);
            List<String> names = new ArrayList<>();
            names.add(closing.to());
            path.forEach(e -> names.add(e.to()));
            names.add(closing.to());
            List<String> kept = path.stream().filter(e -> e.row() == null)
                    .map(e -> "(" + e.from() + ")-[:PART_OF]->(" + e.to() + ")").toList();
            if (withDatabaseOnly && kept.isEmpty()) {
                // the bundle's own cycle: BundleReader has reported it
                continue;
            }
            problems.add(new BundleProblem(closing.row().file(), closing.row().line(), null, "PART_OF cycle: "
                    + String.join(" → ", names) + (kept.isEmpty() ? "" : ", with " + String.join(", ", kept) + " of the database")
                    + ": nothing can be part of itself"));
        }
        return problems;
    }

    /** The shortest path of edges from {@code start} to {@code end} (empty if they are the same). */
    private static List<Edge> path(String start, String end, List<Edge> edges) {
        Map<String, Edge> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(List.of(start));
        while (!queue.isEmpty() && !seen.contains(end)) {
            String at = queue.poll();
            for (Edge edge : edges) {
                if (edge.from().equals(at) && seen.add(edge.to())) {
                    reachedBy.put(edge.to(), edge);
                    queue.add(edge.to());
                }
            }
        }
        List<Edge> path = new ArrayList<>();
        for (String at = end; !at.equals(start); at = reachedBy.get(at).from()) {
            path.add(0, reachedBy.get(at));
        }
        return path;
    }

    /** The strongly connected components of the graph (Tarjan's algorithm, iterative: chains can be long). */
    private static List<Set<String>> components(Map<String, List<Edge>> out) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> components = new ArrayList<>();
        int next = 0;
        for (String root : out.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            // each frame: a node and how many of its edges have been followed
            Deque<Object[]> frames = new ArrayDeque<>();
            frames.push(new Object[] { root, 0 });
            index.put(root, next);
            low.put(root, next++);
            stack.push(root);
            onStack.add(root);
            while (!frames.isEmpty()) {
                Object[] frame = frames.peek();
                String node = (String) frame[0];
                List<Edge> edges = out.get(node);
                int i = (Integer) frame[1];
                if (i < edges.size()) {
                    frame[1] = i + 1;
                    String to = edges.get(i).to();
                    if (!index.containsKey(to)) {
                        index.put(to, next);
                        low.put(to, next++);
                        stack.push(to);
                        onStack.add(to);
                        frames.push(new Object[] { to, 0 });
                    }
                    else if (onStack.contains(to)) {
                        low.put(node, Math.min(low.get(node), index.get(to)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String parent = (String) frames.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<String> component = new HashSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    }
                    while (!member.equals(node));
                    components.add(component);
                }
            }
        }
        return components;
    }
}
