package th.phakee.money;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one curation transaction changed, as the money model needs to know it to update only what the change can move
 * ({@link MoneyModel#update(org.neo4j.driver.TransactionContext, Change)}): the nodes it wrote or removed, the ends of
 * the relationships it wrote or removed (and the agency a link was made through), the neighbours of a removed node,
 * and what a changed or removed figure or plan was before (the dashboard's tallies and the agencies' totals are sums
 * kept by difference: the old share out, the new one in). Filled by {@code importer.GraphEditor} as it writes.
 */
public final class Change {

    private final Set<String> touched = new TreeSet<>();
    private final Set<String> regrouped = new TreeSet<>();
    private final Set<String> rewritten = new TreeSet<>();
    private final Set<String> removed = new TreeSet<>();
    private final Map<String, Map<String, Object>> before = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** Figures written whose fiscal year and source stayed as they were (their amount may have changed). */
    private final Set<String> sameYearAndSource = new TreeSet<>();
    /** Figures written with another fiscal year or source, or created. */
    private final Set<String> refigured = new TreeSet<>();
    private boolean relinked;

    /** Ids the change wrote, removed, or wrote or removed a relationship of (null ids are ignored). */
    public void touched(Collection<String> ids) {
        ids.stream().filter(Objects::nonNull).forEach(touched::add);
    }

    /**
     * A node written: {@code label}, and its properties before ({@code null}: created). A figure's or plan's old
     * values leave the sums; an agency whose kind changed moves its figures to another department.
     */
    public void written(String id, String label, Map<String, Object> propertiesBefore, Map<String, Object> propertiesAfter) {
        touched.add(id);
        rewritten.add(id);
        labels.put(id, label);
        remember(id, label, propertiesBefore);
        if ("Agency".equals(label) && (propertiesBefore == null
                || !Objects.equals(propertiesBefore.get("kind"), propertiesAfter.get("kind")))) {
            regrouped.add(id);
        }
        if ("Budget".equals(label)) {
            boolean same = propertiesBefore != null
                    && number(propertiesBefore.get("fiscalYear")) == number(propertiesAfter.get("fiscalYear"))
                    && Objects.equals(propertiesBefore.get("source"), propertiesAfter.get("source"));
            (same ? sameYearAndSource : refigured).add(id);
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.MIN_VALUE;
    }

    /** A node removed, with its properties and the ids of its neighbours, as they were. */
    public void removed(String id, String label, Map<String, Object> propertiesBefore, Collection<String> neighbours) {
        touched.add(id);
        removed.add(id);
        labels.put(id, label);
        touched(neighbours);
        remember(id, label, propertiesBefore);
        if ("Agency".equals(label)) {
            regrouped.add(id);
        }
    }

    /**
     * A relationship written or removed; {@code via} is a link's agency, before and after. A PART_OF from an agency
     * or a place regroups it: its figures' department, or the provinces and regions of what is in it.
     */
    public void relationship(String type, String from, String to, Collection<String> vias) {
        relinked = true;
        touched(java.util.Arrays.asList(from, to));
        touched(vias);
        if ("PART_OF".equals(type)) {
            regrouped.add(from);
        }
    }

    private void remember(String id, String label, Map<String, Object> properties) {
        if (properties != null && ("Budget".equals(label) || "Plan".equals(label))) {
            Map<String, Object> copy = new HashMap<>(properties);
            copy.put("label", label);
            before.putIfAbsent(id, copy);   // as it was before the change, if the change wrote it twice
        }
    }

    Set<String> touched() {
        return touched;
    }

    /** Agencies and places (among others, which the scope ignores) that a PART_OF or a kind moved. */
    Set<String> regrouped() {
        return regrouped;
    }

    /** Nodes written (created or changed): an agency's name is in its collaborators' rows. */
    Set<String> rewritten() {
        return rewritten;
    }

    Set<String> removed() {
        return removed;
    }

    /** The properties before the change of each figure and plan it wrote or removed (with their {@code label}). */
    Map<String, Map<String, Object>> before() {
        return before;
    }

    /** The label of a node the change wrote or removed (null for others). */
    String labelOf(String id) {
        return labels.get(id);
    }

    /**
     * The figures whose amount (or a value no rule reads, such as a note) is all the change wrote, with their amounts
     * before; null if it wrote anything else a rule of the model reads: a node other than an existing figure, a
     * figure's fiscal year or source, a relationship, a removal. No value derived for a figure depends on its amount:
     * such a change moves only the sums ({@code MoneyModel.updateAmounts}).
     */
    Map<String, Long> amountsAlone() {
        if (relinked || !removed.isEmpty() || !refigured.isEmpty() || !touched.equals(sameYearAndSource)) {
            return null;
        }
        Map<String, Long> amounts = new java.util.TreeMap<>();
        sameYearAndSource.forEach(id -> amounts.put(id, number(before.get(id).get("amountBaht"))));
        return amounts;
    }

    /** Whether nothing was changed. */
    public boolean isEmpty() {
        return touched.isEmpty();
    }
}
