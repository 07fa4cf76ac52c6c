// Summary.planLevels: plans per level: the country's from the tallies the money model keeps (money.Tallies); in a
// scope, the plans targeting or located in its provinces.
CALL (this) {
  WITH this WHERE this.scope IS NULL
  MATCH (t:Tally {dimension: 'PLANS'})
  RETURN t.key AS key, t.figures AS count
  UNION ALL
  WITH this WHERE this.scope IS NOT NULL
  UNWIND this.scope AS id
  MATCH (plan:Plan)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(:Province {id: id})
  WITH DISTINCT plan
  RETURN plan.level AS key, count(*) AS count
}
RETURN key, count ORDER BY key
