// Money model: the version that derived the graph's values (money.MoneyModel.VERSION), so that a start on a graph
// an older version derived derives it again (importer.StartupDatasetLoader). $version.
MERGE (lock:ModelLock {name: 'money'})
SET lock.version = $version
