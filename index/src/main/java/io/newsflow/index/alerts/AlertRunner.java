package io.newsflow.index.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.index.settings.AlertSettings;
import io.newsflow.index.settings.IndexSettings;
import io.newsflow.index.settings.WatchSettings;
import io.newsflow.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the saved searches ({@code index.alerts.watches}) and reports each new match once: as a log line (logger
 * {@code io.newsflow.index.alerts}), and per watch to its webhook and/or the alerts topic.
 *
 * <p>One evaluation of a watch: note the time, search what it matches among documents indexed since its watermark
 * minus {@code lag} (first time: since now minus {@code lookback}), drop the matches {@link AlertState} says were
 * reported, deliver the rest, record them, and move the watermark to the noted time. A match whose delivery fails is
 * not recorded and the watermark stays, so it is tried again next time. Delivery comes before the record: a crash in
 * between repeats those alerts on restart (at least once, with stable alert ids to drop repeats), never loses one.
 * Run one {@code newsflow alerts} per state index.
 *
 * <p>Not thread-safe: {@link #runOnce()} from one thread at a time.
 */
public final class AlertRunner implements AutoCloseable {
    private final HttpClient http;
    private static final Logger log = LoggerFactory.getLogger(AlertRunner.class);

    /** What one evaluation of every watch did: alerts reported, and problems (a watch that failed, an undelivered alert). */
    public record Report(List<AlertMessage> reported, List<String> problems) {}

    private final AlertSettings settings;
    private final AlertState state;
    private final WatchMatches matches;
    private final Clock clock;
    private final Map<String, List<AlertSink>> sinks = new LinkedHashMap<>();
    private final TopicSink topic;

    /**
     * @param bootstrapServers Kafka, needed only when a watch sets {@code topic: true} (else may be null)
     * @param topics           the topic registry (its {@code alerts} topic), likewise
     */
    public AlertRunner(ElasticsearchClient client, IndexSettings settings, String bootstrapServers, Topics topics, Clock clock)
            throws IOException {
        this.settings = settings.alerts();
        this.state = new AlertState(client, this.settings.stateIndex());
        this.matches = new WatchMatches(client, settings.articlesIndex(), settings.eventsIndex());
        this.clock = clock;
        boolean anyTopic = this.settings.watches().stream().anyMatch(WatchSettings::topic);
        if (anyTopic && (bootstrapServers == null || topics == null)) {
            throw new IllegalArgumentException("a watch has topic: true but no Kafka is configured");
        }
        this.topic = anyTopic ? new TopicSink(bootstrapServers, topics.alerts()) : null;
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (WatchSettings w : this.settings.watches()) {
            List<AlertSink> out = new ArrayList<>();
            if (w.webhook() != null) out.add(new WebhookSink(http, w.webhook(), this.settings.webhookTimeout()));
            if (w.topic()) out.add(topic);
            out.add(m -> log.info("alert {}", m.line())); // last: logged once the others took it
            sinks.put(w.name(), out);
        }
        state.install(settings.replicas());
    }

    /** Evaluates every watch once; a watch that fails (Elasticsearch error) does not stop the others. */
    public Report runOnce() {
        List<AlertMessage> reported = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (WatchSettings w : settings.watches()) {
            try {
                reported.addAll(evaluate(w, problems));
            } catch (IOException | RuntimeException e) {
                problems.add("watch " + w.name() + ": " + e.getMessage());
                log.warn("watch {} not evaluated: {}", w.name(), e.toString());
            }
        }
        return new Report(List.copyOf(reported), List.copyOf(problems));
    }

    private List<AlertMessage> evaluate(WatchSettings w, List<String> problems) throws IOException {
        Instant started = clock.instant();
        Instant since = state.watermark(w.name()).map(t -> t.minus(settings.lag())).orElse(started.minus(settings.lookback()));
        List<AlertMessage> candidates = matches.since(w, since, started);
        Set<String> done = state.reported(candidates.stream().map(AlertMessage::id).toList());
        List<AlertMessage> delivered = new ArrayList<>();
        boolean complete = true;
        for (AlertMessage m : candidates) {
            if (done.contains(m.id()) || !done.add(m.id())) continue; // reported before, or a repeat in this page set
            try {
                for (AlertSink sink : sinks.get(w.name())) sink.deliver(m);
                delivered.add(m);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                complete = false;
                break;
            } catch (Exception e) {
                complete = false;
                problems.add("watch " + w.name() + ": " + m.id() + " not delivered: " + e.getMessage());
                log.warn("alert {} not delivered, tried again next time: {}", m.id(), e.getMessage());
            }
        }
        state.record(delivered);
        if (complete) state.advance(w.name(), started);
        return delivered;
    }

    @Override
    public void close() {
        try {
            if (topic != null) topic.close();
        } finally {
            http.close(); // its selector thread would outlive the runner otherwise
        }
    }
}
