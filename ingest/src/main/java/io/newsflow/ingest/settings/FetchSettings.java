package io.newsflow.ingest.settings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How ingest talks HTTP (the {@code ingest.fetch:} section of the YAML). Every limit exists because newsflow runs
 * unattended against sites it does not control: a slow, huge, compressed-bomb or redirect-looping response must cost
 * a dead letter, never memory or a stuck thread.
 *
 * @param userAgent        sent on every request and matched against robots.txt groups; name the operator and a
 *                         contact. Default {@code newsflow/0.1 (+news monitoring; contact: operator)}
 * @param connectTimeout   TCP/TLS connect limit; default 10 s
 * @param requestTimeout   limit for one whole response (headers and body); default 30 s
 * @param maxRedirects     redirects followed before {@code TOO_MANY_REDIRECTS}; default 5
 * @param maxBodyBytes     largest body accepted, in bytes, both as sent and after decompression; default 5 MiB
 * @param maxRetries       further attempts after a 5xx, 429, timeout or network error; default 2
 * @param retryBackoff     wait before the first retry, doubled for each further one; default 2 s
 * @param hostDelay        least time between two requests to one host (robots.txt Crawl-delay, when longer, wins);
 *                         default 1 s
 * @param maxCrawlDelay    a robots.txt Crawl-delay above this disallows the host rather than stalling ingest;
 *                         default 60 s
 * @param hostConcurrency  requests in flight to one host at once; default 1
 * @param threads          sources polled in parallel; default 4
 * @param allowHosts       hosts exempt from the private-address guard, for local testing and the demo; default none.
 *                         A name or IP literal (exact, case-insensitive; {@code ::1} and {@code [::1]} alike) exempts
 *                         every port; {@code host:port} ({@code 127.0.0.1:8080}, {@code [::1]:8080}) only that port. Schemes other than http(s) are refused
 *                         whatever this says.
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration requestTimeout, int maxRedirects,
                            long maxBodyBytes, int maxRetries, Duration retryBackoff, Duration hostDelay,
                            Duration maxCrawlDelay, int hostConcurrency, int threads, List<String> allowHosts) {

    public FetchSettings {
        if (userAgent == null || userAgent.isBlank()) throw new IllegalArgumentException("ingest.fetch.userAgent must not be blank");
        positive("connectTimeout", connectTimeout);
        positive("requestTimeout", requestTimeout);
        if (retryBackoff == null || retryBackoff.isNegative()) throw new IllegalArgumentException("ingest.fetch.retryBackoff must be >= 0");
        if (hostDelay == null || hostDelay.isNegative()) throw new IllegalArgumentException("ingest.fetch.hostDelay must be >= 0");
        positive("maxCrawlDelay", maxCrawlDelay);
        if (maxRedirects < 0 || maxRetries < 0) throw new IllegalArgumentException("ingest.fetch.maxRedirects and maxRetries must be >= 0");
        if (maxBodyBytes <= 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("ingest.fetch.maxBodyBytes must be between 1 and 2 GiB, was " + maxBodyBytes);
        }
        if (hostConcurrency < 1 || threads < 1) throw new IllegalArgumentException("ingest.fetch.hostConcurrency and threads must be >= 1");
        allowHosts = allowHosts == null ? List.of() : allowHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The defaults, as in {@code newsflow-defaults.yaml}. */
    public static FetchSettings defaults() {
        return new FetchSettings("newsflow/0.1 (+news monitoring; contact: operator)", Duration.ofSeconds(10),
                Duration.ofSeconds(30), 5, 5L << 20, 2, Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(60), 1, 4, List.of());
    }

    /** These settings with {@code hosts} allow-listed (the demo and tests serve pages on loopback). */
    public FetchSettings allowing(List<String> hosts) {
        return withPacing(hostDelay, hosts);
    }

    /** These settings with another {@code hostDelay} (the demo scrapes its own loopback site faster than an outlet). */
    public FetchSettings pacedAt(Duration newHostDelay) {
        return withPacing(newHostDelay, allowHosts);
    }

    private FetchSettings withPacing(Duration newHostDelay, List<String> hosts) {
        return new FetchSettings(userAgent, connectTimeout, requestTimeout, maxRedirects, maxBodyBytes, maxRetries,
                retryBackoff, newHostDelay, maxCrawlDelay, hostConcurrency, threads, hosts);
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException("ingest.fetch." + name + " must be positive");
    }
}
