package th.phakee.access;

/** The caller's role does not allow this; the message says which role is needed. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
