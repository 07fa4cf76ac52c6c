package th.phakee.importer;

/** What an import did: nodes and relationships created, updated and left unchanged, and how long it took. */
public record ImportReport(int nodesCreated, int nodesUpdated, int nodesUnchanged, int relationshipsCreated,
        int relationshipsUpdated, int relationshipsUnchanged, double seconds) {

    public boolean changedNothing() {
        return nodesCreated + nodesUpdated + relationshipsCreated + relationshipsUpdated == 0;
    }

    /** The closing summary, in plain words. */
    public String summary() {
        String timing = String.format(java.util.Locale.ROOT, "%.1f s", seconds);
        if (changedNothing()) {
            return "Nothing to do: the graph already holds this bundle (" + nodesUnchanged + " nodes and "
                    + relationshipsUnchanged + " relationships unchanged, " + timing + ").";
        }
        return "Imported in " + timing + ": nodes " + nodesCreated + " created, " + nodesUpdated + " updated, "
                + nodesUnchanged + " unchanged; relationships " + relationshipsCreated + " created, "
                + relationshipsUpdated + " updated, " + relationshipsUnchanged + " unchanged.";
    }
}
