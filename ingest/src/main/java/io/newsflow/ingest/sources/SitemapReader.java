package io.newsflow.ingest.sources;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads XML and text sitemaps and sitemap indexes with crawler-commons, with the Google News extension
 * ({@code news:publication_date}, {@code news:title}). crawler-commons' parser disables DOCTYPEs and external
 * entities. Not strict: a sitemap may list URLs outside its own folder (the address guard still applies to each).
 */
public final class SitemapReader {
    /** A sitemap read: article items, or (for an index) the sitemaps it lists. */
    public record Sitemap(List<ListingItem> items, List<String> children) {}

    private SitemapReader() {}

    public static Sitemap read(byte[] body, String contentType, URI sitemapUri) throws InputRejectedException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(contentType == null ? "application/xml" : contentType, body, sitemapUri.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new InputRejectedException(DeadLetterReason.UNPARSABLE, "not a readable sitemap: " + sitemapUri + ": " + e.getMessage(), e);
        }
        if (parsed instanceof SiteMapIndex index) {
            return new Sitemap(List.of(), index.getSitemaps().stream().map(s -> s.getUrl().toString()).toList());
        }
        List<ListingItem> items = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) parsed).getSiteMapUrls()) {
            String title = null;
            Instant published = u.getLastModified() == null ? null : u.getLastModified().toInstant();
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
                title = FeedReader.blankToNull(n.getTitle());
                if (n.getPublicationDate() != null) published = n.getPublicationDate().toInstant();
            }
            items.add(new ListingItem(u.getUrl().toString(), title, published));
        }
        return new Sitemap(items, List.of());
    }
}
