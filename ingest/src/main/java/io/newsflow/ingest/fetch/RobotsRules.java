package io.newsflow.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * robots.txt per origin, parsed by crawler-commons and cached for {@link #TTL}. Follows RFC 9309: a 4xx robots.txt
 * allows everything; a 5xx or an unreachable one disallows everything (retried after {@link #FAILURE_TTL}); a
 * Crawl-delay becomes the host's delay in the {@link HostPacer}, and one longer than {@code maxCrawlDelay} disallows
 * the host. The User-Agent's first word (e.g. {@code newsflow}) is the robot name matched against groups.
 */
final class RobotsRules {
    private static final Logger log = LoggerFactory.getLogger(RobotsRules.class);
    static final Duration TTL = Duration.ofHours(24);
    static final Duration FAILURE_TTL = Duration.ofMinutes(10);

    /** Fetches robots.txt with whatever status it has (the fetcher's raw exchange). */
    @FunctionalInterface
    interface RobotsFetch {
        FetchResponse get(URI robotsUri) throws InputRejectedException, InterruptedException;
    }

    private record Entry(BaseRobotRules rules, long expiresNanos) {}

    private final SimpleRobotRulesParser parser;
    private final List<String> robotNames;
    private final RobotsFetch fetch;
    private final HostPacer pacer;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    RobotsRules(String userAgent, Duration maxCrawlDelay, RobotsFetch fetch, HostPacer pacer, LongSupplier nanoTime) {
        this.parser = new SimpleRobotRulesParser(maxCrawlDelay.toMillis(), 5);
        this.robotNames = List.of(robotName(userAgent));
        this.fetch = fetch;
        this.pacer = pacer;
        this.nanoTime = nanoTime;
    }

    static String robotName(String userAgent) {
        String first = userAgent.strip().split("[\\s/;(]", 2)[0];
        return first.toLowerCase(Locale.ROOT);
    }

    /** Passes, or throws {@link DeadLetterReason#ROBOTS_DISALLOWED}. */
    void check(URI uri) throws InputRejectedException, InterruptedException {
        if (!rules(uri).isAllowed(uri.toString())) {
            throw new InputRejectedException(DeadLetterReason.ROBOTS_DISALLOWED, "robots.txt of " + origin(uri) + " disallows " + uri);
        }
    }

    /** Sitemaps that the origin's robots.txt lists. */
    List<String> sitemaps(URI uri) throws InterruptedException {
        return rules(uri).getSitemaps();
    }

    private BaseRobotRules rules(URI uri) throws InterruptedException {
        String origin = origin(uri);
        Entry entry = cache.get(origin);
        if (entry != null && nanoTime.getAsLong() < entry.expiresNanos()) return entry.rules();
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) { // one download per origin at a time
            entry = cache.get(origin);
            if (entry != null && nanoTime.getAsLong() < entry.expiresNanos()) return entry.rules();
            entry = load(origin);
            cache.put(origin, entry);
            return entry.rules();
        }
    }

    private Entry load(String origin) throws InterruptedException {
        URI robots = URI.create(origin + "/robots.txt");
        BaseRobotRules rules;
        Duration ttl = TTL;
        try {
            FetchResponse r = fetch.get(robots);
            if (r.status() >= 200 && r.status() < 300) {
                rules = parser.parseContent(robots.toString(), r.body(), r.contentType(), robotNames);
            } else {
                rules = parser.failedFetch(r.status());
                if (r.status() >= 500) ttl = FAILURE_TTL;
            }
        } catch (InputRejectedException e) {
            log.warn("robots.txt of {} unavailable ({}: {}): disallowing for {}", origin, e.reason(), e.getMessage(), FAILURE_TTL);
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
            ttl = FAILURE_TTL;
        }
        if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > 0) {
            pacer.crawlDelay(robots.getHost(), Duration.ofMillis(rules.getCrawlDelay()));
        }
        return new Entry(rules, nanoTime.getAsLong() + ttl.toNanos());
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
