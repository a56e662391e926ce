package io.newsflow.app.health;

import io.newsflow.app.health.KafkaPipelineStatus.DeadLetterSeries;
import io.newsflow.app.health.KafkaPipelineStatus.HostErrors;
import io.newsflow.app.health.KafkaPipelineStatus.Series;
import io.newsflow.ingest.publish.ArticleSink;
import io.newsflow.schemas.DeadLetter;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The health panel's dead-letter counts: per day (UTC, the letter's {@code timestamp}) and reason, and ingest's fetch
 * failures per host, in bounded memory. {@code serve} keeps these counts for as long as it runs and adds only new
 * letters ({@link KafkaPipelineStatus}), so without a bound they would grow with every day and every failing host:
 * <ul>
 *   <li>days: the {@value #DAYS_KEPT} latest days that have letters (a quarter of a year of bars); a letter of an
 *       earlier day still counts in the total;</li>
 *   <li>hosts: the {@value #HOSTS_KEPT} hosts whose latest fetch error was read last; a host left out and seen again
 *       counts from that letter on.</li>
 * </ul>
 * Not thread-safe: its owner serialises the calls.
 */
final class DeadLetterTally {
    /** Most days with per-reason counts kept: the latest ones. */
    static final int DAYS_KEPT = 90;
    /** Most hosts with fetch-error counts kept: those whose latest error was read last. */
    static final int HOSTS_KEPT = 1000;

    private final TreeMap<LocalDate, Map<String, Long>> perDay = new TreeMap<>();
    /** In the order their latest letter was read, least recent first: the first is left out when over the bound. */
    private final Map<String, HostTally> perHost = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HostTally> eldest) {
            return size() > HOSTS_KEPT;
        }
    };
    private long total;

    /** Fetch errors of one host: how many, and the reason and time (epoch milliseconds) of the latest. */
    private static final class HostTally {
        long count;
        String lastReason;
        long lastAt = Long.MIN_VALUE;
    }

    void add(DeadLetter d) {
        total++;
        LocalDate day = LocalDate.ofInstant(d.getTimestamp(), ZoneOffset.UTC);
        perDay.computeIfAbsent(day, k -> new TreeMap<>()).merge(d.getReason(), 1L, Long::sum);
        if (perDay.size() > DAYS_KEPT) perDay.pollFirstEntry();
        String host = ArticleSink.STAGE.equals(d.getStage()) ? host(d.getSource()) : null;
        if (host == null) return;
        HostTally h = perHost.computeIfAbsent(host, k -> new HostTally());
        h.count++;
        long at = d.getTimestamp().toEpochMilli();
        if (at >= h.lastAt) {
            h.lastAt = at;
            h.lastReason = d.getReason();
        }
    }

    /** The host of an http(s) URL; null for anything else (a file, stdin, a URL that does not parse). */
    static String host(String source) {
        if (source == null || !(source.startsWith("http://") || source.startsWith("https://"))) return null;
        try {
            return URI.create(source).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The kept days, oldest first, with one series of counts per reason; the total counts every letter added. */
    DeadLetterSeries series() {
        List<LocalDate> days = new ArrayList<>(perDay.keySet());
        TreeMap<String, List<Long>> byReason = new TreeMap<>();
        for (int i = 0; i < days.size(); i++) {
            for (Map.Entry<String, Long> e : perDay.get(days.get(i)).entrySet()) {
                List<Long> counts = byReason.computeIfAbsent(e.getKey(), k -> new ArrayList<>(Collections.nCopies(days.size(), 0L)));
                counts.set(i, e.getValue());
            }
        }
        List<Series> series = new ArrayList<>();
        byReason.forEach((reason, counts) -> series.add(new Series(reason, counts)));
        return new DeadLetterSeries(days, series, total);
    }

    /** The kept hosts, most fetch errors first. */
    List<HostErrors> hosts() {
        List<HostErrors> out = new ArrayList<>();
        perHost.forEach((host, h) -> out.add(new HostErrors(host, h.count, h.lastReason)));
        out.sort(Comparator.comparingLong(HostErrors::count).reversed().thenComparing(HostErrors::host));
        return out;
    }
}
