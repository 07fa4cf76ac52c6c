// Money model: one writer at a time. Each update takes this write lock before it reads the graph, so it reads what
// the writers before it committed (Neo4j reads committed data) and no sum or tally loses another writer's change;
// the lock is held until the transaction ends. SET then REMOVE: the lock is taken, nothing is changed.
MERGE (lock:ModelLock {name: 'money'})
SET lock.taken = true
REMOVE lock.taken
