package th.phakee.access;

/** What a caller may do; each role includes the ones before it. */
public enum Role {
    READER, EDITOR, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
