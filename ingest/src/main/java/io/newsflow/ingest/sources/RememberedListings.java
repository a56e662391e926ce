package io.newsflow.ingest.sources;

import io.newsflow.ingest.fetch.Validators;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last listing this process read from each feed or sitemap URL, with a digest of the body it was read from and
 * the validators (ETag, Last-Modified) that came with it. On a 304 to those validators, or a 200 whose body is byte
 * for byte the last one, the poll lists the same items again without parsing: the links a poll left beyond the
 * source's {@code maxArticles} are still listed on the next poll (a 304 used to list nothing, so they waited until the
 * feed changed), and a feed served without validators is not parsed on every poll (re-reading unchanged feeds was 40%
 * of ingest's CPU in the end-to-end benchmark, most of it ROME's date parsing).
 *
 * <p>Bounded: at most {@code maxEntries} items and child sitemaps over all listings (an item is a URL, a title and a
 * date, a few hundred bytes); the least recently used listings make room for a new one. Of a listing larger than the
 * whole bound only its validators are kept: it is asked for conditionally and a 304 lists nothing (the links beyond
 * {@code maxArticles} then wait for a change, as before). Not kept across restarts: a process's first request for a
 * listing is unconditional, so it lists what a restart left behind. Thread-safe.
 */
final class RememberedListings {
    /** Most items and child sitemaps remembered over all listings. */
    static final int MAX_ENTRIES = 100_000;

    /** One parsed listing: its items and, for a sitemap index, the child sitemaps followed. */
    record Listing(List<ListingItem> items, List<String> children) {
        Listing {
            items = List.copyOf(items);
            children = List.copyOf(children);
        }

        int size() {
            return items.size() + children.size();
        }
    }

    /**
     * What was read from a URL: the listing (null when too large to keep), the digest of its body and the validators it
     * came with.
     */
    record Read(Listing listing, byte[] digest, Validators validators) {
        int size() {
            return listing == null ? 1 : listing.size();
        }
    }

    private final int maxEntries;
    private final Map<String, Read> byUrl = new LinkedHashMap<>(16, 0.75f, true); // least recently used first
    private int entries;

    RememberedListings(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** What was last read from {@code url}, or null. */
    synchronized Read last(String url) {
        return byUrl.get(url);
    }

    /**
     * Remembers {@code read} as the last read from {@code url} (replacing the one before), making room by forgetting the
     * least recently used listings; of one larger than the whole bound only the validators are kept.
     */
    synchronized void remember(String url, Read read) {
        Read old = byUrl.remove(url);
        if (old != null) entries -= old.size();
        if (read.size() > maxEntries) read = new Read(null, read.digest(), read.validators());
        int size = read.size();
        for (Iterator<Read> it = byUrl.values().iterator(); entries + size > maxEntries && it.hasNext(); ) {
            entries -= it.next().size();
            it.remove();
        }
        byUrl.put(url, read);
        entries += size;
    }

    /** SHA-256 of a body: whether a listing's body is the one read last. */
    static byte[] digest(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether {@code read} holds a listing read from a body with {@code digest}. */
    static boolean sameBody(Read read, byte[] digest) {
        return read != null && read.listing() != null && Arrays.equals(read.digest(), digest);
    }
}
