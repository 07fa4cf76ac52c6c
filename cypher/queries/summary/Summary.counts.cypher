// Summary.counts: entities per label; in a scope, those in its provinces (districts and tambons), located in,
// targeting, measured for or part of them, and the budgets funding such entities. The country's counts come from
// the count store, one label at a time.
CALL (this) {
  WITH this WHERE this.scope IS NULL
  UNWIND ['Plan', 'Project', 'Budget', 'Agency', 'Council', 'Community', 'Region', 'Province', 'District', 'Tambon',
          'Indicator', 'Observation', 'Source'] AS label
  CALL (label) {
    MATCH (n:$(label)) RETURN count(n) AS count
  }
  RETURN label AS key, count
  UNION
  WITH this WHERE this.scope IS NOT NULL
  UNWIND this.scope AS id
  MATCH (province:Province {id: id})
  CALL (province) {
    RETURN province AS n
    UNION
    MATCH (n)-[:PART_OF*1..2]->(province) RETURN n
    UNION
    MATCH (n)-[:TARGETS|LOCATED_IN|FOR]->()-[:PART_OF*0..2]->(province) RETURN n
    UNION
    MATCH (n:Budget)-[:FUNDS]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(province) RETURN n
  }
  WITH DISTINCT n
  RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS key, count(*) AS count
}
WITH key, sum(count) AS count WHERE count > 0
RETURN key, count ORDER BY key
