package th.phakee.access;

/** Who is calling: the name of their API key (or "anonymous") and its role. */
public record Caller(String name, Role role) {

    public static final Caller ANONYMOUS = new Caller("anonymous", Role.READER);
}
