package th.phakee.importer;

/**
 * One thing wrong with a bundle, located as {@code file:line} (line 1 is the header) and, where it applies, the
 * column.
 */
public record BundleProblem(String file, int line, String column, String message) implements Comparable<BundleProblem> {

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : ": column " + column) + ": " + message;
    }

    @Override
    public int compareTo(BundleProblem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
