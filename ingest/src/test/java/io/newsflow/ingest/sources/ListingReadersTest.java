package io.newsflow.ingest.sources;

import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feeds (RSS 2.0, RSS 1.0/RDF, Atom) and sitemaps (plain, Google News, index) as written by outlets; XXE refused. */
class ListingReadersTest {
    static final URI BASE = URI.create("https://news.example.am/rss/");

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rss2ItemsWithRelativeLinksAndDates() throws Exception {
        var items = FeedReader.read(utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example News</title><link>https://news.example.am/</link>
                <item><title>Gas price unchanged</title><link>/en/gas-deal?utm_source=rss</link>
                  <pubDate>Tue, 03 Mar 2026 09:30:00 +0400</pubDate></item>
                <item><title>Railway talks</title><link>https://news.example.am/en/railway</link></item>
                </channel></rss>"""), "application/rss+xml", BASE);
        assertThat(items).containsExactly(
                new ListingItem("https://news.example.am/en/gas-deal?utm_source=rss", "Gas price unchanged", Instant.parse("2026-03-03T05:30:00Z")),
                new ListingItem("https://news.example.am/en/railway", "Railway talks", null));
    }

    @Test
    void rdfAndAtom() throws Exception {
        var rdf = FeedReader.read(utf8("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel rdf:about="https://news.example.am/"><title>RDF</title><link>https://news.example.am/</link><description>d</description></channel>
                <item rdf:about="https://news.example.am/ru/1"><title>Переговоры в Ереване</title><link>https://news.example.am/ru/1</link>
                <dc:date>2026-03-02T08:00:00Z</dc:date></item>
                </rdf:RDF>"""), "application/rdf+xml", BASE);
        assertThat(rdf).containsExactly(new ListingItem("https://news.example.am/ru/1", "Переговоры в Ереване", Instant.parse("2026-03-02T08:00:00Z")));

        var atom = FeedReader.read(utf8("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id><updated>2026-03-01T00:00:00Z</updated>
                <entry><title>Grain via Upper Lars</title><id>urn:1</id><link rel="alternate" href="https://news.example.am/en/grain"/>
                <published>2026-03-01T06:00:00Z</published><updated>2026-03-01T07:00:00Z</updated></entry>
                </feed>"""), "application/atom+xml", BASE);
        assertThat(atom).containsExactly(new ListingItem("https://news.example.am/en/grain", "Grain via Upper Lars", Instant.parse("2026-03-01T06:00:00Z")));
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&secret;</title><item><title>&secret;</title><link>https://a.example/1</link></item></channel></rss>""";
        assertThatThrownBy(() -> FeedReader.read(utf8(xxe), "application/rss+xml", BASE))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.UNPARSABLE));
        String sitemapXxe = xxe.replace("rss", "urlset");
        assertThatThrownBy(() -> SitemapReader.read(utf8(sitemapXxe), "application/xml", URI.create("https://a.example/sitemap.xml")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.UNPARSABLE));
        assertThatThrownBy(() -> FeedReader.read(utf8("this is not xml"), "application/rss+xml", BASE))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.UNPARSABLE));
    }

    @Test
    void googleNewsSitemapAndIndex() throws Exception {
        var news = SitemapReader.read(utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>https://news.example.am/en/border</loc><lastmod>2026-03-01</lastmod>
                  <news:news><news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
                  <news:publication_date>2026-03-03T11:00:00+04:00</news:publication_date><news:title>Border crossing reopens</news:title></news:news></url>
                <url><loc>https://news.example.am/en/plain</loc><lastmod>2026-02-27T10:00:00Z</lastmod></url>
                </urlset>"""), "application/xml", URI.create("https://news.example.am/sitemap-news.xml"));
        assertThat(news.children()).isEmpty();
        assertThat(news.items()).containsExactly(
                new ListingItem("https://news.example.am/en/border", "Border crossing reopens", Instant.parse("2026-03-03T07:00:00Z")),
                new ListingItem("https://news.example.am/en/plain", null, Instant.parse("2026-02-27T10:00:00Z")));

        var index = SitemapReader.read(utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://news.example.am/sitemap-1.xml</loc></sitemap>
                <sitemap><loc>https://news.example.am/sitemap-2.xml</loc></sitemap>
                </sitemapindex>"""), "application/xml", URI.create("https://news.example.am/sitemap.xml"));
        assertThat(index.items()).isEmpty();
        assertThat(index.children()).containsExactlyInAnyOrder("https://news.example.am/sitemap-1.xml", "https://news.example.am/sitemap-2.xml");
    }

    /**
     * RSS dates in the forms feeds use: RFC 822 with a zone name or offset, a two-digit year, no seconds, no weekday,
     * the zones "UT" and "Z" (which ROME rewrites before its own RFC 822 masks): rome.properties' mask, tried first for
     * speed, reads each as before or leaves it to ROME.
     */
    @Test
    void rssDateForms() throws Exception {
        String[] dates = {"Tue, 03 Mar 2026 09:30:00 GMT", "Tue, 03 Mar 2026 12:30:00 +0300", "Tue, 03 Mar 26 09:30:00 GMT",
                "Tue, 03 Mar 2026 09:30 GMT", "03 Mar 2026 09:30:00 GMT", "Tue, 03 Mar 2026 09:30:00 UT", "Tue, 03 Mar 2026 09:30:00 Z", "2026-03-03T09:30:00Z", "2026-03-03T13:30:00+04:00"};
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < dates.length; i++) {
            items.append("<item><title>t").append(i).append("</title><link>/").append(i).append("</link><pubDate>").append(dates[i]).append("</pubDate></item>");
        }
        var read = FeedReader.read(utf8("<rss version=\"2.0\"><channel><title>x</title>" + items + "</channel></rss>"), "application/rss+xml", BASE);
        assertThat(read).hasSize(dates.length).allSatisfy(item -> assertThat(item.published()).as(item.title())
                .isEqualTo(Instant.parse("2026-03-03T09:30:00Z")));
    }
}
