package io.newsflow.ingest.sources;

import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every refused URL into a dead letter, a counted failure and a log line: the one way ingest reports one. */
final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private final ArticleSink sink;
    private final IngestMetrics metrics;

    Failures(ArticleSink sink, IngestMetrics metrics) {
        this.sink = sink;
        this.metrics = metrics;
    }

    void report(String url, InputRejectedException e, byte[] content, int attempt) {
        log.warn("dead letter {}: {}", e.reason(), e.getMessage());
        var deadLetter = DeadLetters.forInput(ArticleSink.STAGE, e.reason(), e.getMessage(), url, content);
        deadLetter.setAttempt(attempt);
        sink.deadLetter(deadLetter);
        metrics.failed(e.reason().code());
    }
}
