// Money model: the version of the model that last derived the graph's values (money.MoneyModel.VERSION; null
// before the first derivation, or by a version older than this stamp), and whether there is data to derive from.
OPTIONAL MATCH (lock:ModelLock {name: 'money'})
RETURN lock.version AS version, EXISTS { MATCH (:Entity) } AS hasData
