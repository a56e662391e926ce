package io.newsflow.ingest.sources;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds with ROME. ROME refuses DOCTYPE declarations by default, so
 * external entities (XXE) and entity-expansion bombs in a hostile feed fail as {@code UNPARSABLE}. The encoding comes
 * from the XML prolog, BOM or HTTP header (ROME's {@link XmlReader}). Relative item links resolve against the feed URL.
 */
public final class FeedReader {
    private FeedReader() {}

    public static List<ListingItem> read(byte[] body, String contentType, URI feedUri) throws InputRejectedException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputRejectedException(DeadLetterReason.UNPARSABLE, "not a readable RSS/Atom feed: " + feedUri + ": " + e.getMessage(), e);
        }
        List<ListingItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = link(entry);
            if (link == null) continue;
            try {
                Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                items.add(new ListingItem(feedUri.resolve(link.strip()).toString(), blankToNull(entry.getTitle()),
                        date == null ? null : date.toInstant()));
            } catch (IllegalArgumentException e) {
                // a malformed item link: the article fetch would fail the same way; keep it so it is dead-lettered
                items.add(new ListingItem(link, blankToNull(entry.getTitle()), null));
            }
        }
        return items;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) return entry.getLink();
        for (SyndLink l : entry.getLinks()) {
            if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null) return l.getHref();
        }
        return entry.getUri() != null && entry.getUri().startsWith("http") ? entry.getUri() : null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
