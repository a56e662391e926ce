package io.newsflow.ingest.sources;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last listing this process read from each feed or sitemap URL, with a digest of the body it was read from. On a
 * 304, or a 200 whose body is byte for byte the last one, the poll lists the same items again without parsing: the
 * links a poll left beyond the source's {@code maxArticles} are still listed on the next poll (a 304 used to list
 * nothing, so they waited until the feed changed), and a feed served without validators is not parsed on every poll
 * (re-reading unchanged feeds was 40% of ingest's CPU in the end-to-end benchmark, most of it ROME's date parsing).
 *
 * <p>Bounded: at most {@code maxItems} items over all listings (an item is a URL, a title and a date, a few hundred
 * bytes); a listing that does not fit is not remembered and is read in full on every poll. Not kept across restarts:
 * the first poll of a process asks unconditionally. Thread-safe.
 */
final class RememberedListings {
    /** Most items remembered over all listings. */
    static final int MAX_ITEMS = 100_000;

    /** One parsed listing: its items and, for a sitemap index, its child sitemaps. */
    record Listing(List<ListingItem> items, List<String> children) {
        Listing {
            items = List.copyOf(items);
            children = List.copyOf(children);
        }
    }

    private record Entry(byte[] digest, Listing listing) {}

    private final int maxItems;
    private final Map<String, Entry> byUrl = new HashMap<>();
    private int items;

    RememberedListings(int maxItems) {
        this.maxItems = maxItems;
    }

    /** The listing last read from {@code url}, or null. */
    synchronized Listing last(String url) {
        Entry e = byUrl.get(url);
        return e == null ? null : e.listing();
    }

    /** The listing last read from {@code url} if it was read from exactly {@code body}, else null. */
    synchronized Listing sameBody(String url, byte[] body) {
        Entry e = byUrl.get(url);
        return e != null && Arrays.equals(e.digest(), digest(body)) ? e.listing() : null;
    }

    /** Remembers {@code listing} as read from {@code body} at {@code url} (replacing the last), if it fits; returns it. */
    synchronized Listing remember(String url, byte[] body, Listing listing) {
        Entry old = byUrl.remove(url);
        if (old != null) items -= old.listing().items().size();
        if (items + listing.items().size() <= maxItems) {
            byUrl.put(url, new Entry(digest(body), listing));
            items += listing.items().size();
        }
        return listing;
    }

    private static byte[] digest(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
