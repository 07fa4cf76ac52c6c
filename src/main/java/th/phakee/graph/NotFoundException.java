package th.phakee.graph;

/** The request names an entity that does not exist; shown to the client as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
