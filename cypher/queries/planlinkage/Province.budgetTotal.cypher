// Province.budgetTotal (batched): the budget figures of the projects and plans located in or targeting each
// province (directly or through a district or tambon), each figure counted once; optionally one fiscal year.
// $ids, $fiscalYear. Returns id, total.
UNWIND $ids AS id
MATCH (prov:Province {id: id})
WITH id, prov, COLLECT {
  MATCH (b:Budget)-[:FUNDS]->(x)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(prov)
  WHERE ($fiscalYear IS NULL OR b.fiscalYear = $fiscalYear) AND NOT (b)-[:PART_OF|CONFLICTS_WITH]->(:Budget)
  WITH DISTINCT b
  RETURN sum(b.amountBaht)
}[0] AS total
RETURN id, total
