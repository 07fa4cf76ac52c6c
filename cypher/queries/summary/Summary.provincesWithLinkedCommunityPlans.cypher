// Summary.provincesWithLinkedCommunityPlans: provinces in scope with a community plan or strategy that LINKS_TO
// a provincial strategy.
MATCH (province:Province)
WHERE (this.scope IS NULL OR province.id IN this.scope)
  AND EXISTS {
    MATCH (c:Plan)-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(province)
    WHERE c.level IN ['COMMUNITY_PLAN', 'COMMUNITY_STRATEGY']
      AND EXISTS { (c)-[:LINKS_TO]->(:Plan {level: 'PROVINCIAL_STRATEGY'}) }
  }
RETURN count(province) AS count
