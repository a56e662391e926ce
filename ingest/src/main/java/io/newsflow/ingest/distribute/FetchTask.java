package io.newsflow.ingest.distribute;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.sources.ListingItem;
import io.newsflow.ingest.sources.SourceIngester;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * One unit of ingest work on the fetch-queue topic, keyed by {@link #key()}: list a source ({@link Kind#LIST}, keyed
 * by the source's host) or fetch one listed page ({@link Kind#PAGE}, keyed by the page's host, which may differ from
 * the feed's). The source travels by name: every process of a group reads the same source list.
 *
 * @param kind      what to do
 * @param source    the configured source's name
 * @param url       the page to fetch (PAGE); null for LIST
 * @param canonical the page's canonical URL, the dedup key (PAGE); null for LIST
 * @param title     the title the listing gave (PAGE), or null
 * @param published the publication time the listing gave, epoch milliseconds (PAGE), or null
 */
public record FetchTask(Kind kind, String source, String url, String canonical, String title, Long published) {
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What a task asks for. */
    public enum Kind { LIST, PAGE }

    public FetchTask {
        if (kind == null || source == null) throw new IllegalArgumentException("a fetch task needs a kind and a source");
        if (kind == Kind.PAGE && (url == null || canonical == null)) throw new IllegalArgumentException("a page task needs a url and its canonical URL");
    }

    /** List {@code source} (its key: the source's host). */
    public static FetchTask list(String source) {
        return new FetchTask(Kind.LIST, source, null, null, null, null);
    }

    /** Fetch one link listed by {@code source} (its key: the link's host). */
    public static FetchTask page(String source, SourceIngester.Link link) {
        ListingItem item = link.item();
        return new FetchTask(Kind.PAGE, source, item.url(), link.canonical(), item.title(),
                item.published() == null ? null : item.published().toEpochMilli());
    }

    /** The link a page task carries. */
    public SourceIngester.Link link() {
        return new SourceIngester.Link(canonical, new ListingItem(url, title, published == null ? null : Instant.ofEpochMilli(published)));
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode fetch task", e);
        }
    }

    /** Decodes a task; throws {@link IOException} or {@link IllegalArgumentException} for a value that is not one. */
    public static FetchTask fromJson(byte[] json) throws IOException {
        if (json == null) throw new IOException("empty value");
        return JSON.readValue(json, FetchTask.class);
    }
}
