package th.phakee.extraction;

/** The sources or the curation tables do not give what the pipeline expects; the message says where. */
class ExtractionException extends RuntimeException {

    ExtractionException(String message) {
        super(message);
    }
}
