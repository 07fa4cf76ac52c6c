package th.phakee.money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code Agency.collaborators}, kept as {@code :Collaboration} nodes (one per agency and other agency: what they
 * share and its money) so that a request reads an agency's few collaborations instead of walking everything the
 * agency touches: CODI pays for thousands of projects, and ranking its collaborators from them cost a second at
 * 10^6 nodes. {@link MoneyModel} derives them in the same pass as the figures they add up
 * ({@code MoneyModel.Model.collaborations} says who shares what), after the figures' {@code heldBy}.
 */
final class Collaborations {

    private Collaborations() {
    }

    /**
     * The pairs {@code computed} (agency, other, otherSortKey, shared, baht) that {@code stored} lacks or holds
     * otherwise, with their rank keys.
     */
    static MoneyModel.Changes changedFrom(List<Map<String, Object>> computed, List<Map<String, Object>> stored) {
        Map<String, Map<String, Object>> before = new HashMap<>();
        stored.forEach(row -> before.put(name(row), row));
        List<Map<String, Object>> written = new ArrayList<>();
        for (Map<String, Object> row : computed) {
            String name = name(row);
            Map<String, Object> pair = new HashMap<>(row);
            pair.remove("otherSortKey");
            pair.put("name", name);
            pair.put("count", (long) ((List<?>) row.get("shared")).size());
            long baht = ((Number) row.get("baht")).longValue();
            String byName = " " + Objects.requireNonNullElse(row.get("otherSortKey"), "") + " " + row.get("other");
            pair.put("byBudget", rank(baht, Long.MAX_VALUE) + byName);
            pair.put("byCount", rank(((List<?>) row.get("shared")).size(), Integer.MAX_VALUE) + byName);
            Map<String, Object> old = before.remove(name);
            if (old == null || !Objects.equals(old.get("shared"), row.get("shared"))
                    || ((Number) old.get("baht")).longValue() != baht
                    || !Objects.equals(old.get("byBudget"), pair.get("byBudget"))) {
                written.add(pair);
            }
        }
        return new MoneyModel.Changes(written, new ArrayList<>(before.keySet()));
    }

    /**
     * {@code rows} (the collaborations of the agencies {@code sides}) and each the other way round, for the others:
     * sharing is mutual (both responsible for, own or pay for a thing, link to it through each, are located in it),
     * so the other's row lists the same things and the same money, under the first's name.
     */
    static List<Map<String, Object>> withMirrors(List<Map<String, Object>> rows, java.util.Set<String> sides, MoneyGraph graph) {
        List<Map<String, Object>> all = new ArrayList<>(rows);
        for (Map<String, Object> row : rows) {
            String agency = (String) row.get("agency");
            String other = (String) row.get("other");
            if (!sides.contains(other)) {
                Map<String, Object> mirror = new HashMap<>(row);
                mirror.put("agency", other);
                mirror.put("other", agency);
                mirror.put("otherSortKey", graph.property(agency, "sortKey"));
                all.add(mirror);
            }
        }
        return all;
    }

    /**
     * A rank key's first part: the largest value first in ascending string order (the complement, zero-padded to
     * a fixed width). Then come the other agency's Thai sort key and its id, after a space, which sorts below
     * every character of a sort key (hex digits), so a shorter name comes before a longer one it begins.
     */
    static String rank(long value, long max) {
        String complement = Long.toString(max - value);
        return "0".repeat(Long.toString(max).length() - complement.length()) + complement;
    }

    private static String name(Map<String, Object> row) {
        return row.get("agency") + "|" + row.get("other");
    }
}
