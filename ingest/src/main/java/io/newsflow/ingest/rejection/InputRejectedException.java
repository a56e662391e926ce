package io.newsflow.ingest.rejection;

import io.newsflow.schemas.DeadLetterReason;

/**
 * An input (a URL, a file, standard input) that cannot become an article, with the dead-letter reason that says why.
 * It sits in a package of its own because fetching, file reading and source polling all throw it.
 */
public final class InputRejectedException extends Exception {
    private final DeadLetterReason reason;

    public InputRejectedException(DeadLetterReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InputRejectedException(DeadLetterReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the input was refused, e.g. {@code TOO_LARGE}, {@code UNREADABLE_INPUT}, {@code EMPTY_TEXT}. */
    public DeadLetterReason reason() {
        return reason;
    }
}
