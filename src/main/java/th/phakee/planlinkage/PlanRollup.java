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

    /**
     * A member of the subtree: its node, the members it is directly under, its own figures, and for each figure
     * the figures it is a stated breakdown of ({@code PART_OF}) or a conflicting statement of
     * ({@code CONFLICTS_WITH}), Budget → Budget.
     */
    record Member(GraphNode node, List<String> parents, List<Budget> budgets, Map<String, List<String>> partOf,
            Map<String, List<String>> conflictsWith) {

        /** The figures to add: those that are neither a part nor a conflicting restatement of another of its figures. */
        List<Budget> tops() {
            Set<String> ids = ids();
            return budgets.stream().filter(b -> partOf.getOrDefault(b.id(), List.of()).stream().noneMatch(ids::contains)
                    && conflictsWith.getOrDefault(b.id(), List.of()).stream().noneMatch(ids::contains)).toList();
        }

        /**
         * The figures by source: each top figure, except that a combined total (source OTHER) is replaced by its
         * stated parts, which carry the real sources.
         */
        List<Budget> bySource() {
            List<Budget> out = new ArrayList<>();
            tops().forEach(b -> expand(b, out));
            return out;
        }

        private void expand(Budget figure, List<Budget> out) {
            List<Budget> parts = budgets.stream()
                    .filter(b -> partOf.getOrDefault(b.id(), List.of()).contains(figure.id())).toList();
            if ("OTHER".equals(figure.source()) && !parts.isEmpty()) {
                parts.forEach(part -> expand(part, out));
            }
            else {
                out.add(figure);
            }
        }

        private Set<String> ids() {
            Set<String> ids = new HashSet<>();
            budgets.forEach(b -> ids.add(b.id()));
            return ids;
        }
    }

    private final Map<String, Member> members;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, Set<String>> used = new HashMap<>();

    PlanRollup(Map<String, Member> members) {
        this.members = members;
        members.forEach((id, member) -> member.parents().forEach(
                parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id)));
    }

    BudgetRollup rollUp(Plan plan) {
        Set<String> contributing = used(plan.id(), new HashSet<>());
        Map<String, Budget> figures = figures(contributing, Member::tops);
        Map<String, Budget> all = new LinkedHashMap<>();
        members.values().forEach(m -> m.budgets().forEach(b -> all.put(b.id(), b)));
        List<Budget> notAdded = all.values().stream().filter(b -> !figures.containsKey(b.id())).toList();

        List<BudgetShare> byChild = children.getOrDefault(plan.id(), List.of()).stream()
                .map(child -> new BudgetShare(members.get(child).node(),
                        total(figures(used(child, new HashSet<>()), Member::tops).values())))
                .sorted(Comparator.comparingLong((BudgetShare s) -> -s.total().baht()).thenComparing(s -> s.node().id()))
                .toList();
        Map<String, Long> bySource = new TreeMap<>();
        Map<Integer, Long> byYear = new TreeMap<>();
        figures(contributing, Member::bySource).values().forEach(b -> bySource.merge(b.source(), b.amountBaht(), Long::sum));
        figures.values().forEach(b -> byYear.merge(b.fiscalYear(), b.amountBaht(), Long::sum));
        return new BudgetRollup(plan, total(figures.values()), List.copyOf(figures.values()), notAdded, byChild,
                bySource.entrySet().stream().map(e -> new SourceShare(e.getKey(), new Money(e.getValue()))).toList(),
                byYear.entrySet().stream().map(e -> new YearShare(e.getKey(), new Money(e.getValue()))).toList());
    }

    /** The members whose own figures count for {@code id}; {@code path} guards against PART_OF cycles. */
    private Set<String> used(String id, Set<String> path) {
        Set<String> known = used.get(id);
        if (known != null) {
            return known;
        }
        Set<String> contributing = new java.util.LinkedHashSet<>();
        Member member = members.get(id);
        if (member != null && !member.budgets().isEmpty()) {
            contributing.add(id);
        }
        else if (path.add(id)) {
            children.getOrDefault(id, List.of()).forEach(child -> contributing.addAll(used(child, path)));
            path.remove(id);
        }
        used.put(id, contributing);
        return contributing;
    }

    private Map<String, Budget> figures(Set<String> contributing, java.util.function.Function<Member, List<Budget>> which) {
        Map<String, Budget> figures = new LinkedHashMap<>();
        contributing.forEach(id -> which.apply(members.get(id)).forEach(b -> figures.put(b.id(), b)));
        return figures;
    }

    private static Money total(java.util.Collection<Budget> budgets) {
        return new Money(budgets.stream().mapToLong(Budget::amountBaht).sum());
    }
}
