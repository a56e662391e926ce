package io.newsflow.schemas.stage;

/**
 * A {@link Stage} could not start: a service it needs is unreachable, or it failed or did not run within its start
 * timeout. The message is meant for the user (which service, which address, what to set); the cause is the detail.
 */
public final class StageStartException extends Exception {
    public StageStartException(String message, Throwable cause) {
        super(message, cause);
    }

    public StageStartException(String message) {
        super(message);
    }
}
