package th.phakee.planlinkage;

import java.util.List;

import th.phakee.graph.GraphNode;
import th.phakee.graph.Money;

/** The money under a plan, each figure counted once (GraphQL type {@code BudgetRollup}). */
public record BudgetRollup(Plan plan, Money total, List<Budget> figures, List<Budget> notAdded,
        List<BudgetShare> byChild, List<SourceShare> bySource, List<YearShare> byYear) {

    public record BudgetShare(GraphNode node, Money total) {
    }

    public record SourceShare(String source, Money total) {
    }

    public record YearShare(int fiscalYear, Money total) {
        public int fiscalYearCE() {
            return fiscalYear - 543;
        }
    }
}
