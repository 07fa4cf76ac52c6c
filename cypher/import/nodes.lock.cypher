// Curation: takes the write lock of each of these nodes until the transaction ends, so that what the change reads
// next cannot be changed by another transaction before this one commits. A property set and removed is Neo4j's
// documented way to lock from Cypher (Operations Manual, "Concurrent data access", lost updates); the node is left
// as it was. $ids: list of ids, in the order to lock them (sorted, so that two changes lock in the same order).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._LOCK_ = true
REMOVE n._LOCK_
RETURN n.id AS id
