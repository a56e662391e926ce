package io.newsflow.index.alerts;

/** Somewhere an alert is delivered to; an exception means "not delivered: try again at the next evaluation". */
public interface AlertSink {
    void deliver(AlertMessage alert) throws Exception;
}
