package th.phakee.planlinkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import th.phakee.graph.GraphNode;
import th.phakee.graph.Money;
import th.phakee.planlinkage.BudgetRollup.BudgetShare;
import th.phakee.planlinkage.BudgetRollup.SourceShare;
import th.phakee.planlinkage.BudgetRollup.YearShare;

/**
 * The counting-once rule over a plan's subtree: a member that states figures of its own contributes those, and
 * the figures stated below it are not added again (the documents state a parent's total beside its children's
 * detail, and the two do not always agree); a member that states none contributes its children's. A figure
 * reached through two parents is still one figure.
 */
final class PlanRollup {

    /** A member of the subtree: its node, the members it is directly under, its own figures. */
    record Member(GraphNode node, List<String> parents, List<Budget> budgets) {
    }

    private final Map<String, Member> members;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, Map<String, Budget>> used = new HashMap<>();

    PlanRollup(Map<String, Member> members) {
        this.members = members;
        members.forEach((id, member) -> member.parents().forEach(
                parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id)));
    }

    BudgetRollup rollUp(Plan plan) {
        Map<String, Budget> figures = used(plan.id(), new HashSet<>());
        Map<String, Budget> all = new LinkedHashMap<>();
        members.values().forEach(m -> m.budgets().forEach(b -> all.put(b.id(), b)));
        List<Budget> notAdded = all.values().stream().filter(b -> !figures.containsKey(b.id())).toList();

        List<BudgetShare> byChild = children.getOrDefault(plan.id(), List.of()).stream()
                .map(child -> new BudgetShare(members.get(child).node(), total(used(child, new HashSet<>()).values())))
                .sorted(Comparator.comparingLong((BudgetShare s) -> -s.total().baht()).thenComparing(s -> s.node().id()))
                .toList();
        Map<String, Long> bySource = new TreeMap<>();
        Map<Integer, Long> byYear = new TreeMap<>();
        figures.values().forEach(b -> {
            bySource.merge(b.source(), b.amountBaht(), Long::sum);
            byYear.merge(b.fiscalYear(), b.amountBaht(), Long::sum);
        });
        return new BudgetRollup(plan, total(figures.values()), List.copyOf(figures.values()), notAdded, byChild,
                bySource.entrySet().stream().map(e -> new SourceShare(e.getKey(), new Money(e.getValue()))).toList(),
                byYear.entrySet().stream().map(e -> new YearShare(e.getKey(), new Money(e.getValue()))).toList());
    }

    /** The figures a member contributes, by id; {@code path} guards against PART_OF cycles. */
    private Map<String, Budget> used(String id, Set<String> path) {
        Map<String, Budget> known = used.get(id);
        if (known != null) {
            return known;
        }
        Map<String, Budget> figures = new LinkedHashMap<>();
        Member member = members.get(id);
        if (member != null && !member.budgets().isEmpty()) {
            member.budgets().forEach(b -> figures.put(b.id(), b));
        }
        else if (path.add(id)) {
            children.getOrDefault(id, List.of()).forEach(child -> figures.putAll(used(child, path)));
            path.remove(id);
        }
        used.put(id, figures);
        return figures;
    }

    private static Money total(java.util.Collection<Budget> budgets) {
        return new Money(budgets.stream().mapToLong(Budget::amountBaht).sum());
    }
}
