// Summary.mostConnectedAgencies: agencies by number of relationships (in a scope: agencies located in its
// provinces or responsible for something located there). $first.
MATCH (a:Agency)
WHERE scope IS NULL
   OR EXISTS { MATCH (a)-[:LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope }
   OR EXISTS { MATCH (a)-[:RESPONSIBLE_FOR]->()-[:TARGETS|LOCATED_IN]->()-[:PART_OF*0..2]->(p:Province) WHERE p.id IN scope }
WITH a, COUNT { (a)--() } AS degree
RETURN a {.*} AS agency, degree
ORDER BY degree DESC, a.sortKey, a.id
LIMIT $first
