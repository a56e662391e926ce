package io.newsflow.schemas;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an input or a record became a dead letter: the one reason vocabulary of every stage (ingest, enrich, index, and
 * the {@code extract} command's error lines), so alerting can tell a blocked address from a broken server and a replay
 * tool can tell what is worth retrying.
 *
 * <p>The {@link #code() code} is what travels in {@code DeadLetter.reason}, the {@code reason} tag of
 * {@code newsflow_ingest_failed_total} and ingest's seen-URL state: it is the constant's name and must never change for
 * an existing constant (stored data and dashboards read it). {@link #isTransient() Transient} reasons may succeed on a
 * later attempt (ingest retries such a URL on a later poll, up to a limit); the others will fail the same way again.
 */
public enum DeadLetterReason {
    // ingest: fetching and reading
    UNSUPPORTED_URL(false, "not an http(s) URL, or not a URL at all"),
    BLOCKED_ADDRESS(false, "the host resolves to a private, loopback, link-local or otherwise internal address and is not allow-listed"),
    ROBOTS_DISALLOWED(false, "robots.txt disallows the URL for newsflow's User-Agent (or asks for an excessive Crawl-delay)"),
    HTTP_ERROR(true, "a 4xx answer, or a 5xx/429 that persisted through every retry"),
    TIMEOUT(true, "no complete answer within the request timeout, through every retry"),
    NETWORK_ERROR(true, "connection refused or reset, DNS or TLS failure, through every retry"),
    TOO_MANY_REDIRECTS(false, "more redirects than maxRedirects, or a redirect without a usable Location"),
    UNSUPPORTED_TYPE(false, "a content type or file kind that is not accepted for what was asked (a page must be HTML or text, a feed XML)"),
    UNPARSABLE(false, "a feed, sitemap or page structure that cannot be parsed"),
    UNDECODABLE_TEXT(false, "text that is not valid in its declared (or assumed UTF-8) charset, or a corrupt compressed body"),
    EMPTY_TEXT(false, "extraction found no article text"),
    UNREADABLE_INPUT(false, "a local file or standard input that could not be read (missing, unreadable, not gzip)"),
    INTERRUPTED(true, "the work was stopped (shutdown or Ctrl-C) before this input was finished; nothing is wrong with the input"),
    // any stage
    TOO_LARGE(false, "over a size limit: a body, file or decompressed content, or a record over the 900 KiB record limit"),
    // enrich and index: records read from Kafka
    UNDECODABLE_RECORD(false, "a Kafka record that is not a valid Avro value of the topic's schema (or an empty value)"),
    ENRICH_FAILED(false, "the analysis of a decoded article threw an error"),
    LATE_EVENT(false, "an event dated before the daily actor-pair counts' horizon (400 days behind the newest event): indexed, not counted"),
    INDEX_REJECTED(false, "Elasticsearch refused the article or one of its events (mapping or validation error)");

    private final boolean transientFailure;
    private final String meaning;

    DeadLetterReason(boolean transientFailure, String meaning) {
        this.transientFailure = transientFailure;
        this.meaning = meaning;
    }

    /** The code written to dead letters and metrics: the constant's name, stable across releases. */
    public String code() {
        return name();
    }

    /** Whether a later attempt may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** One line saying what the reason means, for people (the table in docs/architecture.md is checked against it). */
    public String meaning() {
        return meaning;
    }

    /** The reason with this code, or empty for a code this version does not know (an older or newer writer's). */
    public static Optional<DeadLetterReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    /** Whether a stored code names a transient reason; an unknown or null code is not transient. */
    public static boolean isTransient(String code) {
        return of(code).map(DeadLetterReason::isTransient).orElse(false);
    }
}
