package th.phakee.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: nodes and relationships created, updated and left unchanged, how long it took, and how the
 * graph differs from the bundle beyond that: what an {@code import --sync} removed ({@code nodesRemoved},
 * {@code relationshipsRemoved}), or what the graph holds and the bundle does not, kept by an {@code import}
 * ({@code nodesNotInBundle}, {@code relationshipsNotInBundle}). Nodes are written {@code Label id}, relationships
 * {@code (from)-[:TYPE]->(to)}.
 */
public record ImportReport(int nodesCreated, int nodesUpdated, int nodesUnchanged, int relationshipsCreated,
        int relationshipsUpdated, int relationshipsUnchanged, double seconds, List<String> nodesRemoved,
        List<String> relationshipsRemoved, List<String> nodesNotInBundle, List<String> relationshipsNotInBundle) {

    /** How many removed or kept things the summary names before it counts the rest. */
    private static final int NAMED = 20;

    /** A report of an import that compared nothing beyond its own rows (a bulk import into an empty graph). */
    public ImportReport(int nodesCreated, int nodesUpdated, int nodesUnchanged, int relationshipsCreated,
            int relationshipsUpdated, int relationshipsUnchanged, double seconds) {
        this(nodesCreated, nodesUpdated, nodesUnchanged, relationshipsCreated, relationshipsUpdated, relationshipsUnchanged,
                seconds, List.of(), List.of(), List.of(), List.of());
    }

    /** Whether the import wrote nothing: no row created or updated, nothing removed. */
    public boolean changedNothing() {
        return nodesCreated + nodesUpdated + relationshipsCreated + relationshipsUpdated == 0 && nodesRemoved.isEmpty()
                && relationshipsRemoved.isEmpty();
    }

    /** Whether the graph holds what the bundle does not (kept, since the import did not sync). */
    public boolean graphHoldsMore() {
        return !nodesNotInBundle.isEmpty() || !relationshipsNotInBundle.isEmpty();
    }

    /** The closing summary, in plain words. */
    public String summary() {
        String timing = String.format(java.util.Locale.ROOT, "%.1f s", seconds);
        StringBuilder summary = new StringBuilder();
        if (changedNothing() && !graphHoldsMore()) {
            return "Nothing to do: the graph already holds this bundle (" + nodesUnchanged + " nodes and "
                    + relationshipsUnchanged + " relationships unchanged, " + timing + ").";
        }
        if (nodesCreated + nodesUpdated + relationshipsCreated + relationshipsUpdated == 0) {
            summary.append("Every row of the bundle is in the graph already (").append(nodesUnchanged).append(" nodes and ")
                    .append(relationshipsUnchanged).append(" relationships unchanged, ").append(timing).append(")");
        }
        else {
            summary.append("Imported in ").append(timing).append(": nodes ").append(nodesCreated).append(" created, ")
                    .append(nodesUpdated).append(" updated, ").append(nodesUnchanged).append(" unchanged; relationships ")
                    .append(relationshipsCreated).append(" created, ").append(relationshipsUpdated).append(" updated, ")
                    .append(relationshipsUnchanged).append(" unchanged");
        }
        if (!nodesRemoved.isEmpty() || !relationshipsRemoved.isEmpty()) {
            summary.append("; removed ").append(counted(nodesRemoved, relationshipsRemoved))
                    .append(" the bundle does not have: ").append(named(nodesRemoved, relationshipsRemoved));
        }
        summary.append('.');
        if (graphHoldsMore()) {
            summary.append(" The graph differs from the bundle: it also holds ")
                    .append(counted(nodesNotInBundle, relationshipsNotInBundle))
                    .append(" the bundle does not have, kept (import --sync removes them): ")
                    .append(named(nodesNotInBundle, relationshipsNotInBundle)).append('.');
        }
        return summary.toString();
    }

    private static String counted(List<String> nodes, List<String> relationships) {
        List<String> parts = new ArrayList<>();
        if (!nodes.isEmpty()) {
            parts.add(nodes.size() + (nodes.size() == 1 ? " node" : " nodes"));
        }
        if (!relationships.isEmpty()) {
            parts.add(relationships.size() + (relationships.size() == 1 ? " relationship" : " relationships"));
        }
        return String.join(" and ", parts);
    }

    private static String named(List<String> nodes, List<String> relationships) {
        List<String> all = new ArrayList<>(nodes);
        all.addAll(relationships);
        String named = String.join(", ", all.subList(0, Math.min(NAMED, all.size())));
        return all.size() > NAMED ? named + " … and " + (all.size() - NAMED) + " more" : named;
    }
}
