package th.phakee.importer;

/** How an import treats what the graph holds besides the bundle. */
public enum ImportMode {
    UPDATE, ADD, SYNC
}
