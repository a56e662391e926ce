package io.newsflow.index.settings;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Saved searches and how they are evaluated (the {@code index.alerts:} section of newsflow's YAML), by
 * {@code newsflow alerts}.
 *
 * <p>Each evaluation of a watch searches the documents indexed since its previous evaluation (minus {@code lag}, for
 * documents that became searchable late: bulk retries, refresh), drops those already reported (kept in
 * {@code stateIndex}) and reports the rest. A watch evaluated for the first time looks back {@code lookback}.
 *
 * @param interval       time between two evaluations of every watch; default 1 min
 * @param lookback       how far back a new watch looks on its first evaluation (by indexing time); default 1 day;
 *                       0 reports only what is indexed from then on
 * @param lag            how far each evaluation looks before the previous one started; default 5 min (above the
 *                       bulk ingester's retry backoff and the index refresh interval)
 * @param stateIndex     Elasticsearch index remembering what each watch reported and when it last ran, so a restart
 *                       repeats nothing; default {@code newsflow-alerts}
 * @param webhookTimeout longest wait for a webhook's answer; default 10 s
 * @param watches        the saved searches; default none
 * @param metricsPort    port of {@code GET /health} and Prometheus {@code /metrics} while {@code newsflow alerts} runs;
 *                       0 (default) = off
 */
public record AlertSettings(Duration interval, Duration lookback, Duration lag, String stateIndex, Duration webhookTimeout,
                            List<WatchSettings> watches, int metricsPort) {
    /** The documented defaults, no watches. */
    public static final AlertSettings DEFAULTS = new AlertSettings(Duration.ofMinutes(1), Duration.ofDays(1),
            Duration.ofMinutes(5), "newsflow-alerts", Duration.ofSeconds(10), List.of(), 0);

    public AlertSettings {
        positive("index.alerts.interval", interval);
        notNegative("index.alerts.lookback", lookback);
        notNegative("index.alerts.lag", lag);
        positive("index.alerts.webhookTimeout", webhookTimeout);
        if (stateIndex == null || stateIndex.isBlank() || !stateIndex.equals(stateIndex.toLowerCase(java.util.Locale.ROOT))
                || stateIndex.contains("*") || stateIndex.contains(",")) {
            throw new IllegalArgumentException("index.alerts.stateIndex must be a lower-case index name, was " + stateIndex);
        }
        watches = watches == null ? List.of() : List.copyOf(watches);
        if (metricsPort < 0 || metricsPort > 65535) {
            throw new IllegalArgumentException("index.alerts.metricsPort must be 0..65535, was " + metricsPort);
        }
        Set<String> names = new HashSet<>();
        for (WatchSettings w : watches) {
            if (!names.add(w.name())) throw new IllegalArgumentException("index.alerts.watches: the name " + w.name() + " is used twice");
        }
    }

    /** The same settings with other watches and state index (tests). */
    public AlertSettings with(String newStateIndex, List<WatchSettings> newWatches) {
        return new AlertSettings(interval, lookback, lag, newStateIndex, webhookTimeout, newWatches, metricsPort);
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(key + " must be positive");
    }

    private static void notNegative(String key, Duration d) {
        if (d == null || d.isNegative()) throw new IllegalArgumentException(key + " must not be negative");
    }
}
