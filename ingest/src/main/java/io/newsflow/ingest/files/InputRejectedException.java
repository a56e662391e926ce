package io.newsflow.ingest.files;

/** An input that cannot become an article, with the dead-letter reason code that says why. */
public final class InputRejectedException extends Exception {
    private final String reason;

    public InputRejectedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InputRejectedException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Reason code, e.g. {@code TOO_LARGE}, {@code UNREADABLE_INPUT}, {@code UNDECODABLE_TEXT}, {@code EMPTY_TEXT}. */
    public String reason() {
        return reason;
    }
}
