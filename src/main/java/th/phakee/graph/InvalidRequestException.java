package th.phakee.graph;

/** A request the client can correct; its message is shown to the client as a BAD_REQUEST error. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
