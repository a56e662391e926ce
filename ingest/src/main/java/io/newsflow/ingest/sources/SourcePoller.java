package io.newsflow.ingest.sources;

import io.newsflow.ingest.fetch.FetchKind;
import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.ingest.metrics.IngestMetrics;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.ingest.settings.SourceSettings;
import io.newsflow.ingest.settings.SourceType;
import io.newsflow.ingest.state.FeedState;
import io.newsflow.ingest.state.IngestState;
import io.newsflow.schemas.DeadLetterReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lists the article links of one source: a feed, a sitemap (following an index to at most {@value #MAX_CHILDREN}
 * child sitemaps, {@value #MAX_DEPTH} levels deep), a site (feeds discovered from its home page's
 * {@code <link rel=alternate>}, else the sitemaps its robots.txt names; remembered for the run) or one URL. Feeds and
 * sitemaps are fetched conditionally once this process has read them; a 304, or a body unchanged byte for byte, lists
 * again what was read last ({@link RememberedListings}; nothing for a listing too large to keep). A listing
 * that cannot be fetched or parsed becomes a dead letter and lists nothing.
 */
public final class SourcePoller {
    static final int MAX_CHILDREN = 20;
    static final int MAX_DEPTH = 2;

    private final HttpFetcher fetcher;
    private final IngestState state;
    private final IngestMetrics metrics;
    private final Failures failures;
    private final Clock clock;
    private final Map<String, List<Listing>> discovered = new ConcurrentHashMap<>();
    private final RememberedListings remembered = new RememberedListings(RememberedListings.MAX_ENTRIES);

    private record Listing(String url, SourceType type) {}

    SourcePoller(HttpFetcher fetcher, IngestState state, IngestMetrics metrics, Failures failures, Clock clock) {
        this.fetcher = fetcher;
        this.state = state;
        this.metrics = metrics;
        this.failures = failures;
        this.clock = clock;
    }

    List<ListingItem> list(SourceSettings source) throws InterruptedException {
        return switch (source.type()) {
            case FEED, SITEMAP -> listing(new Listing(source.url(), source.type()), 0);
            case URL -> List.of(new ListingItem(source.url(), null, null));
            case SITE -> site(source);
            case FILES -> throw new IllegalArgumentException("files sources are read by the FileIngester");
        };
    }

    private List<ListingItem> site(SourceSettings source) throws InterruptedException {
        List<Listing> listings = discovered.get(source.name());
        if (listings == null) {
            listings = discover(source.url());
            if (listings.isEmpty()) return List.of();
            discovered.put(source.name(), listings);
        }
        List<ListingItem> items = new ArrayList<>();
        for (Listing l : listings) items.addAll(listing(l, 0));
        return items;
    }

    private List<Listing> discover(String home) throws InterruptedException {
        try {
            URI uri = URI.create(home);
            FetchResponse page = timed(FetchKind.PAGE, () -> fetcher.fetch(uri, FetchKind.PAGE, Validators.NONE));
            Set<Listing> found = new LinkedHashSet<>();
            var document = Jsoup.parse(new ByteArrayInputStream(page.body()), page.charset() == null ? null : page.charset().name(), page.uri().toString());
            for (Element link : document.select("link[rel=alternate][href]")) {
                String type = link.attr("type").toLowerCase();
                if (type.contains("rss") || type.contains("atom")) found.add(new Listing(link.absUrl("href"), SourceType.FEED));
            }
            if (found.isEmpty()) {
                for (String sitemap : fetcher.robotsSitemaps(page.uri())) found.add(new Listing(sitemap, SourceType.SITEMAP));
            }
            if (found.isEmpty()) {
                throw new InputRejectedException(DeadLetterReason.UNPARSABLE, "no feed (<link rel=alternate>) nor robots.txt sitemap found on " + home);
            }
            return List.copyOf(found);
        } catch (InputRejectedException e) {
            failures.report(home, e, null, 1);
        } catch (IOException | IllegalArgumentException e) {
            failures.report(home, new InputRejectedException(DeadLetterReason.UNPARSABLE, "cannot read home page " + home + ": " + e.getMessage(), e), null, 1);
        }
        return List.of();
    }

    private List<ListingItem> listing(Listing listing, int depth) throws InterruptedException {
        FetchKind kind = listing.type() == SourceType.FEED ? FetchKind.FEED : FetchKind.SITEMAP;
        try {
            URI uri = URI.create(listing.url());
            RememberedListings.Read last = remembered.last(listing.url());
            // first read in this process: unconditional, so the links a restart left behind are listed
            Validators validators = last != null ? last.validators() : Validators.NONE;
            FetchResponse r = timed(kind, () -> fetcher.fetch(uri, kind, validators));
            RememberedListings.Listing read;
            if (r.notModified()) {
                metrics.notModified();
                state.record(new FeedState(listing.url(), clock.millis()));
                if (last == null || last.listing() == null) return List.of(); // too large to keep: as before, nothing
                read = last.listing();
            } else {
                byte[] digest = RememberedListings.digest(r.body());
                if (RememberedListings.sameBody(last, digest)) {
                    metrics.unchangedListing();
                    read = last.listing();
                } else if (kind == FetchKind.FEED) {
                    read = new RememberedListings.Listing(FeedReader.read(r.body(), r.contentType(), r.uri()), List.of());
                } else {
                    SitemapReader.Sitemap sitemap = SitemapReader.read(r.body(), r.contentType(), r.uri());
                    read = new RememberedListings.Listing(sitemap.items(), sitemap.children().stream().limit(MAX_CHILDREN).toList());
                }
                remembered.remember(listing.url(), new RememberedListings.Read(read, digest, r.validators()));
                state.record(new FeedState(listing.url(), clock.millis()));
            }
            List<ListingItem> items = new ArrayList<>(read.items());
            if (!read.children().isEmpty() && depth + 1 >= MAX_DEPTH) {
                throw new InputRejectedException(DeadLetterReason.UNPARSABLE, "sitemap indexes nested deeper than " + MAX_DEPTH + " at " + uri);
            }
            for (String child : read.children()) {
                items.addAll(listing(new Listing(child, SourceType.SITEMAP), depth + 1));
            }
            return items;
        } catch (InputRejectedException e) {
            failures.report(listing.url(), e, null, 1);
        } catch (IllegalArgumentException e) {
            failures.report(listing.url(), new InputRejectedException(DeadLetterReason.UNSUPPORTED_URL, "bad URL " + listing.url(), e), null, 1);
        }
        return List.of();
    }

    /** A fetch, counted with its latency and size. */
    FetchResponse timed(FetchKind kind, Fetch fetch) throws InputRejectedException, InterruptedException {
        long start = System.nanoTime();
        FetchResponse r = fetch.get();
        metrics.fetched(kind.name().toLowerCase(), r.wireBytes(), Duration.ofNanos(System.nanoTime() - start));
        return r;
    }

    @FunctionalInterface
    interface Fetch {
        FetchResponse get() throws InputRejectedException, InterruptedException;
    }
}
