// Summary.mostConnectedAgencies: agencies by number of relationships (in a scope: agencies located in its
// provinces or responsible for something located there). $first.
MATCH (agency:Agency)
WHERE this.scope IS NULL
   OR EXISTS { MATCH (agency)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN this.scope }
   OR EXISTS { MATCH (agency)-[:RESPONSIBLE_FOR]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN this.scope }
WITH agency, COUNT { (agency)--() } AS degree
RETURN agency, degree ORDER BY degree DESC, agency.sortKey, agency.id LIMIT $first
