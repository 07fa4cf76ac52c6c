package th.phakee.graph;

import java.nio.file.Path;

/**
 * Writes the store of a new embedded database before the database starts (the packaged dataset, in bulk: the
 * importer's), on the database's start thread. Does nothing if the database in {@code home} already has a store.
 */
public interface NewStoreWriter {

    void writeIfAbsent(Path home);
}
