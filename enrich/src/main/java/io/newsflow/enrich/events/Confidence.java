package io.newsflow.enrich.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.schemas.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * An event's confidence: a logistic model over its {@link Evidence}, its type, the lexicon pattern that found its
 * trigger (some patterns are surer than others: "held talks" than "support*") and the kind of its source
 * ({@link SourceKind}: a person acting is surer than a place), {@code 1 / (1 + e^-(intercept + Σ weights))}, rounded
 * to two decimals, read as the probability that the event is coded right (type and both sides).
 * The weights and the threshold for {@code confident} come from {@code confidence.yaml}, written by
 * {@code ConfidenceFit} (enrich tests, {@code -Pconfidence-fit}) from the dev sets; the threshold is the lowest at which
 * the held-back (out-of-fold) precision of the check part's events, text the coder's rules were not tuned on, is at
 * least {@link #TARGET_PRECISION} plus {@link #UNSEEN_MARGIN}, the shortfall measured on blind batches. Immutable and
 * thread-safe.
 *
 * @param intercept log-odds of an event with no evidence
 * @param threshold events at or above it are {@code confident}
 * @param evidence  weight (log-odds) of each kind of evidence; missing ones weigh 0
 * @param types     weight of each event type; missing ones weigh 0
 * @param patterns  weight of each lexicon pattern ({@link Trigger#pattern()}) met often enough on the dev sets to be
 *                  weighed; the others weigh 0
 * @param sources   weight of each kind of source; missing ones weigh 0
 */
record Confidence(double intercept, double threshold, Map<Evidence, Double> evidence, Map<EventType, Double> types,
                  Map<String, Double> patterns, Map<SourceKind, Double> sources) {
    static final String FILE = "confidence.yaml";
    /**
     * Held-back precision the threshold is chosen for: the 0.80 asked for (issue 16). Until session 6 out-of-fold
     * precision levelled off near 0.77 and 0.75 was used; with the region dev set it is reached (0.72 in sessions 6
     * and 7, keeping about half of the right events; docs/events.md).
     */
    static final double TARGET_PRECISION = 0.80;
    /**
     * How much higher the check part's held-back precision must be for unseen text to come near {@link #TARGET_PRECISION}:
     * the blind batches, each scored once before it joined the dev set, fall short of the check part's estimate at the
     * same threshold. Pooled over the nine batches of sessions 23 to 26 (687 events, each with the coder and weights of
     * its day), precision was 0.744 at 0.74 where the check part promised 0.80, 0.789 at 0.80 (0.83 promised) and 0.802
     * at 0.84 (0.86 promised); on the last three alone (242 events, this coder) 0.730, 0.773 and 0.746. Above 0.80 the
     * threshold drops right events fast (a third of them by 0.84) and buys no sure precision on new text, so the margin
     * is the gap measured at 0.80, 0.03 (docs/events.md). The threshold is the lowest at which the check part reaches
     * {@code TARGET_PRECISION + UNSEEN_MARGIN}.
     */
    static final double UNSEEN_MARGIN = 0.03;
    /** The held-back precision the check part must reach at the threshold: {@link #TARGET_PRECISION} + {@link #UNSEEN_MARGIN}. */
    static final double CHECK_TARGET = Math.round(100 * (TARGET_PRECISION + UNSEEN_MARGIN)) / 100.0;

    Confidence {
        evidence = Map.copyOf(evidence);
        types = Map.copyOf(types);
        patterns = patterns == null ? Map.of() : Map.copyOf(patterns);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
    }

    private static final class Holder {
        static final Confidence BUNDLED = load();
    }

    static Confidence bundled() {
        return Holder.BUNDLED;
    }

    /** The confidence of an event coded with this evidence, type, pattern ({@code null}: none) and kind of source ({@code null}: none). */
    double of(Set<Evidence> found, EventType type, String pattern, SourceKind source) {
        double logit = intercept + types.getOrDefault(type, 0.0) + (pattern == null ? 0 : patterns.getOrDefault(pattern, 0.0))
                + (source == null ? 0 : sources.getOrDefault(source, 0.0));
        for (Evidence e : found) logit += evidence.getOrDefault(e, 0.0);
        return Math.round(100 / (1 + Math.exp(-logit))) / 100.0;
    }

    private static Confidence load() {
        try (InputStream in = Confidence.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException(FILE + " is missing from the classpath");
            return new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Confidence.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }
}
