// Province.sharedBudgets: undivided figures of several provinces, this one among them (money.MoneyModel's
// sharedFor), reached from the province: through what they fund, or the places they are stated for. $fiscalYear.
CALL (this) {
  MATCH (budget:Budget)-[:FUNDS]->()-[:LOCATED_IN|TARGETS]->()-[:PART_OF*0..2]->(this)
  RETURN budget
  UNION
  MATCH (budget:Budget)-[:FOR]->()-[:PART_OF*0..2]->(this)
  RETURN budget
}
WITH this, budget
WHERE this.id IN budget.sharedFor AND ($fiscalYear IS NULL OR budget.fiscalYear = $fiscalYear)
RETURN budget, size(budget.provinces) AS provinces
ORDER BY budget.fiscalYear, budget.amountBaht DESC, budget.id
