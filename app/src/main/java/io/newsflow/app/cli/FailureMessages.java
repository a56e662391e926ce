package io.newsflow.app.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Arrays;

/**
 * Turns a command's failure into one line a user can act on. An unreachable Elasticsearch or Kafka (the usual failure
 * of a first run without settings) says which service, what was tried and what to set; anything else is shown as it is.
 */
public final class FailureMessages {
    static final String ELASTICSEARCH_HINT = "Start Elasticsearch, or say where it is: NEWSFLOW_ELASTICSEARCH_HOSTS=http://HOST:9200"
            + " or index.hosts in a -c FILE (./newsflow devstack starts a local one; ./newsflow demo runs everything).";
    static final String KAFKA_HINT = "Start Kafka, or say where it is: NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=HOST:9092"
            + " or kafka.bootstrapServers in a -c FILE (./newsflow devstack starts a local one; ./newsflow demo runs everything).";

    private FailureMessages() {}

    /** The message for {@code failure}: a hint for an unreachable service, else the exception itself. */
    public static String explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isKafkaTimeout(t)) return "cannot reach Kafka (" + t.getMessage() + "). " + KAFKA_HINT;
            if (isUnreachable(t)) {
                String what = describe(t);
                return fromKafka(failure) ? "cannot reach Kafka (" + what + "). " + KAFKA_HINT
                        : "cannot reach Elasticsearch (" + what + "). " + ELASTICSEARCH_HINT;
            }
        }
        return failure.toString();
    }

    private static boolean isUnreachable(Throwable t) {
        return t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                || t instanceof HttpConnectTimeoutException;
    }

    /** Kafka's clients do not fail on a refused connection: they time out waiting for a broker's metadata. */
    private static boolean isKafkaTimeout(Throwable t) {
        return t.getClass().getName().equals("org.apache.kafka.common.errors.TimeoutException");
    }

    private static boolean fromKafka(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.apache.kafka."))) return true;
        }
        return false;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + message;
    }
}
