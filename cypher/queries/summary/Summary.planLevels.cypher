// Summary.planLevels: plans per level (in a scope: those targeting or located in its provinces).
CALL (this) {
  WITH this WHERE this.scope IS NULL
  MATCH (plan:Plan) RETURN plan
  UNION
  WITH this WHERE this.scope IS NOT NULL
  UNWIND this.scope AS id
  MATCH (plan:Plan)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(:Province {id: id})
  RETURN plan
}
WITH DISTINCT plan
RETURN plan.level AS key, count(*) AS count ORDER BY key
