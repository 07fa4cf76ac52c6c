// Uniqueness of ids: one constraint per label of the graph model (docs/graph-model.md), and one on the
// Entity label that every imported node also carries, which makes ids unique across the whole graph.
// Idempotent: applied on every start, before any import.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT budget_id IF NOT EXISTS FOR (n:Budget) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT council_id IF NOT EXISTS FOR (n:Council) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (n:Community) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tambon_id IF NOT EXISTS FOR (n:Tambon) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// The dashboard's tallies (money.Tallies: sums the money model keeps when data changes), not entities of the model.
CREATE CONSTRAINT tally_name IF NOT EXISTS FOR (t:Tally) REQUIRE t.name IS UNIQUE;
// Agency.collaborators' pairs, kept by the money model (money.Collaborations): one per agency and other agency.
CREATE CONSTRAINT collaboration_name IF NOT EXISTS FOR (c:Collaboration) REQUIRE c.name IS UNIQUE;
// The money model's lock (cypher/money/lock.cypher): one node, made once.
CREATE CONSTRAINT model_lock_name IF NOT EXISTS FOR (l:ModelLock) REQUIRE l.name IS UNIQUE;
