package th.phakee.graph;

/** Checks and normalises the Relay paging arguments shared by every connection. */
public final class Page {

    public static final int MAX_FIRST = 500;

    private Page() {
    }

    public static int first(Integer first) {
        int value = first == null ? 20 : first;
        if (value < 0 || value > MAX_FIRST) {
            throw new InvalidRequestException("Argument 'first' must be between 0 and " + MAX_FIRST + ", not " + value + ".");
        }
        return value;
    }
}
