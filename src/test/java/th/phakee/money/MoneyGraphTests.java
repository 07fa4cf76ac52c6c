package th.phakee.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import th.phakee.money.MoneyGraph.Link;
import th.phakee.money.MoneyGraph.Node;

/**
 * The money model's rules over a graph made by hand (docs/money.md, "What agencies share" and "Where money goes"):
 * the six ways two agencies share a thing, the order of what they share, the money of a pair (each figure once, no
 * restatement, none that another shared figure holds), and a figure's province through a tambon and its district.
 */
class MoneyGraphTests {

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<String, String> sortKeys = new TreeMap<>();

    private void node(String label, String id, Map<String, Object> properties) {
        nodes.add(new Node(label, id, properties));
        if (properties.get("sortKey") instanceof String key) {
            sortKeys.put(id, key);
        }
    }

    private void agency(String id) {
        node("Agency", id, Map.of("kind", "DEPARTMENT", "sortKey", "a" + id));
    }

    private void budget(String id, long baht) {
        node("Budget", id, Map.of("amountBaht", baht, "fiscalYear", 2567L, "source", "GOVERNMENT"));
    }

    private void link(String from, String type, String to) {
        links.add(new Link(type, from, to, null, sortKeys.get(to)));
    }

    private MoneyModel.Derivation derive() {
        agency("A");
        agency("B");
        agency("C");
        agency("D");
        agency("E");
        agency("F");
        node("Province", "X", Map.of("sortKey", "x"));
        node("District", "DX", Map.of());           // not a label the model reads: a place between others
        node("Tambon", "T", Map.of("sortKey", "05"));
        node("Project", "J1", Map.of("sortKey", "10"));
        node("Project", "J2", Map.of());           // no Thai name: after those with one
        node("Plan", "P", Map.of("level", "PROVINCIAL_PLAN", "sortKey", "20"));
        node("Plan", "Q", Map.of("level", "PROVINCIAL_PLAN", "sortKey", "30"));
        node("Plan", "R", Map.of("level", "PROVINCIAL_PLAN", "sortKey", "40"));
        budget("b1", 100);
        budget("b2", 50);
        budget("b3", 70);
        budget("b4", 30);
        budget("b5", 999);
        link("T", "PART_OF", "DX");
        link("DX", "PART_OF", "X");
        link("J1", "LOCATED_IN", "T");
        link("A", "RESPONSIBLE_FOR", "J1");
        link("B", "OWNS", "J1");                   // 1: both responsible for or own it
        link("D", "RESPONSIBLE_FOR", "J1");
        link("b1", "FUNDS", "J1");
        link("b1", "FROM", "C");                   // 3: A is responsible for what C pays for
        link("b4", "FUNDS", "J1");
        link("b4", "FROM", "E");
        link("b4", "PART_OF", "b1");               // a stated part of b1: J1's total holds it already
        link("b2", "FUNDS", "J2");
        link("b2", "FROM", "A");
        link("b3", "FUNDS", "J2");
        link("b3", "FROM", "D");                   // 2: both pay for it
        link("b5", "FUNDS", "J2");
        link("b5", "FROM", "D");
        link("b5", "CONFLICTS_WITH", "b3");        // restates b3: not added
        links.add(new Link("LINKS_TO", "Q", "P", "A", "20"));
        links.add(new Link("LINKS_TO", "R", "P", "F", "20"));   // 5: plans link to P through each of them
        link("A", "LOCATED_IN", "T");
        link("E", "LOCATED_IN", "T");              // 6: located in the same place
        return MoneyModel.derive(new MoneyGraph(nodes, links), List.of(), List.of());
    }

    @Test
    void agenciesShareInSixWaysEachFigureCountedOnce() {
        Map<String, String> shared = new TreeMap<>();
        for (Map<String, Object> row : derive().collaborations().written()) {
            if (row.get("agency").equals("A")) {
                shared.put((String) row.get("other"), row.get("shared") + " " + row.get("baht") + " " + row.get("count"));
            }
        }
        assertThat(shared).containsExactly(
                Map.entry("B", "[J1] 100 1"),
                Map.entry("C", "[J1] 100 1"),
                // J1 (sort key 10) before J2 (none); b1 and the two of J2 that are not a restatement
                Map.entry("D", "[J1, J2] 220 2"),
                // the tambon (05) before J1 (10); b4 is part of b1, held by J1 which they share: b1 only
                Map.entry("E", "[T, J1] 100 2"),
                Map.entry("F", "[P] 0 1"));
    }

    @Test
    void aFigureGoesWhereWhatItFundsIsThroughTambonAndDistrict() {
        MoneyModel.Derivation derived = derive();
        Map<String, Map<String, Object>> figures = new TreeMap<>();
        derived.figures().forEach(row -> figures.put((String) row.get("id"), castMap(row.get("props"))));
        assertThat(figures.get("b1")).containsEntry("province", "X").containsEntry("countedFor", "X")
                .containsEntry("counted", true).containsEntry("creditedTo", "C");
        // within b1 (its part): not counted again, not for the province either
        assertThat(figures.get("b4")).containsEntry("counted", false).containsEntry("withinAny", "b1")
                .containsEntry("heldBy", List.of("J1")).containsEntry("province", "X").containsEntry("countedFor", null);
        assertThat(figures.get("b5")).containsEntry("restates", "b3").containsEntry("counted", false);
        Map<String, Long> totals = new TreeMap<>();
        derived.totals().forEach(row -> totals.put((String) row.get("id"), (Long) row.get("total")));
        // J1: b1 (b4 is inside it); J2: b2 and b3 (b5 restates b3)
        assertThat(totals).containsEntry("J1", 100L).containsEntry("J2", 120L).containsEntry("P", 0L);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }
}
