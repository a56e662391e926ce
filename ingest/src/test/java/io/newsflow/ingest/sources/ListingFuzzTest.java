package io.newsflow.ingest.sources;

import org.junit.jupiter.api.Test;
import io.newsflow.ingest.rejection.InputRejectedException;
import io.newsflow.schemas.DeadLetterReason;
import io.newsflow.schemas.HostileInput;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz (bounded tries, seeded: HostileInput.forAll): broken and random feeds and sitemaps are read or refused as {@code UNPARSABLE}, never
 * with another exception and never hanging; every item read has a link. A refusal is what a source poller turns into a
 * dead letter, so every bad input is accounted for.
 */
class ListingFuzzTest {
    static final URI BASE = URI.create("https://news.example.org/feed.xml");
    static final Duration HANG = Duration.ofSeconds(20);

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Herald</title><link>https://news.example.org/</link>
            <item><title>Talks in Yerevan</title><link>/news/talks?utm_source=rss</link><pubDate>Tue, 03 Mar 2026 05:30:00 GMT</pubDate></item>
            <item><title>Gas</title><link>https://news.example.org/news/gas</link></item></channel></rss>""";
    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald</title>
            <entry><title>Лавров прибыл</title><link href="https://news.example.org/ru/1"/><updated>2026-03-03T05:30:00Z</updated></entry></feed>""";
    static final String RDF = """
            <?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel rdf:about="https://news.example.org/"><title>Herald</title></channel>
            <item rdf:about="https://news.example.org/a"><title>A</title><link>https://news.example.org/a</link></item></rdf:RDF>""";
    static final String SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
              xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://news.example.org/news/a</loc><lastmod>2026-03-03</lastmod>
            <news:news><news:publication_date>2026-03-03T05:30:00Z</news:publication_date><news:title>A</news:title></news:news></url>
            </urlset>""";
    static final String SITEMAP_INDEX = """
            <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://news.example.org/sitemap-1.xml</loc></sitemap></sitemapindex>""";

    static HostileInput.Gen<byte[]> feeds() {
        return HostileInput.bytesOf(2000, RSS, ATOM, RDF);
    }

    static HostileInput.Gen<byte[]> sitemaps() {
        return HostileInput.bytesOf(2000, SITEMAP, SITEMAP_INDEX, "https://news.example.org/a\nhttps://news.example.org/b\n");
    }

    @Test
    void aFeedIsReadOrRefusedAsUnparsable() throws Exception {
        HostileInput.forAll(300, feeds(), body -> {
            try {
                var items = HostileInput.within(HANG, () -> FeedReader.read(body, "application/rss+xml", BASE));
                assertThat(items).allSatisfy(item -> assertThat(item.url()).isNotBlank());
            } catch (InputRejectedException e) {
                assertThat(e.reason()).isEqualTo(DeadLetterReason.UNPARSABLE);
            }
        });
    }

    @Test
    void aSitemapIsReadOrRefusedAsUnparsable() throws Exception {
        HostileInput.forAll(300, sitemaps(), body -> {
            try {
                var sitemap = HostileInput.within(HANG, () -> SitemapReader.read(body, "application/xml", BASE));
                assertThat(sitemap.items()).allSatisfy(item -> assertThat(item.url()).isNotBlank());
            } catch (InputRejectedException e) {
                assertThat(e.reason()).isEqualTo(DeadLetterReason.UNPARSABLE);
            }
        });
    }
}
