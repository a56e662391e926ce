package io.newsflow.schemas.stage;

import java.time.Duration;

/**
 * What the three pipeline stages (ingest, enrich, index) have in common, so the commands and the demo start, watch
 * and stop them alike: {@link #start} returns only once the stage runs and fails fast, with a message naming the
 * unreachable service, when it cannot; {@link #health} tells a running stage from one that stopped on an error;
 * {@link #close} stops it. A stage is started once and closed once.
 */
public interface Stage extends AutoCloseable {

    /**
     * Starts the stage and returns once it runs.
     *
     * @param timeout longest wait for the services the stage needs (Kafka, Elasticsearch) and for its first step
     * @throws StageStartException when a service is unreachable or the stage failed or did not run within {@code timeout};
     *                             the message says which service, at which address
     */
    void start(Duration timeout) throws StageStartException, InterruptedException;

    /** What the stage is doing now; cheap, from any thread. */
    Health health();

    /** Stops the stage and releases its clients; a second call does nothing. */
    @Override
    void close();

    /** The states a stage goes through, in order; {@link #FAILED} may follow any of the others. */
    enum Status { STARTING, RUNNING, STOPPED, FAILED }

    /**
     * A stage's state and, when it {@link Status#FAILED failed}, the error that stopped it.
     *
     * @param status  where the stage is
     * @param failure the error that stopped it; null unless {@code status} is {@code FAILED}
     */
    record Health(Status status, Throwable failure) {
        public Health {
            if ((status == Status.FAILED) != (failure != null)) {
                throw new IllegalArgumentException("a failure goes with FAILED and only with it: " + status + ", " + failure);
            }
        }

        public static Health of(Status status) {
            return new Health(status, null);
        }

        public static Health failed(Throwable failure) {
            return new Health(Status.FAILED, failure);
        }
    }
}
