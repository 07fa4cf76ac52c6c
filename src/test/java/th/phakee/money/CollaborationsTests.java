package th.phakee.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rank keys are the order the API promises: largest budget (or count) first, then Thai order, then id. */
class CollaborationsTests {

    private static Map<String, Object> pair(String other, String sortKey, long baht, int shared) {
        return Map.of("agency", "A", "other", other, "otherSortKey", sortKey, "baht", baht,
                "shared", java.util.Collections.nCopies(shared, "X"));
    }

    @Test
    void rankKeysSortAsTheListIsOrdered() {
        List<Map<String, Object>> written = Collaborations.changedFrom(List.of(
                pair("B", "0a1c", 100, 1), pair("C", "0a1c2d", 100, 3), pair("D", "ff", 5_091_069_300L, 1),
                pair("E", "0a1c", 100, 1)), List.of()).written();
        List<String> byBudget = written.stream().sorted(java.util.Comparator.comparing(r -> (String) r.get("byBudget")))
                .map(r -> (String) r.get("other")).toList();
        // the most money first; equal money: Thai order (a name before a longer one it begins), then id
        assertThat(byBudget).containsExactly("D", "B", "E", "C");
        List<String> byCount = written.stream().sorted(java.util.Comparator.comparing(r -> (String) r.get("byCount")))
                .map(r -> (String) r.get("other")).toList();
        assertThat(byCount).containsExactly("C", "B", "E", "D");
    }

    @Test
    void onlyPairsThatChangedAreWrittenAndPairsThatShareNothingAreRemoved() {
        var first = Collaborations.changedFrom(List.of(pair("B", "0a", 100, 1)), List.of());
        var stored = first.written();
        assertThat(Collaborations.changedFrom(List.of(pair("B", "0a", 100, 1)), stored).written()).isEmpty();
        assertThat(Collaborations.changedFrom(List.of(pair("B", "0a", 200, 1)), stored).written()).hasSize(1);
        assertThat(Collaborations.changedFrom(List.of(), stored).removed()).containsExactly("A|B");
    }
}
