package io.newsflow.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads article metadata from a page's markup, each field from the most reliable signal present: schema.org JSON-LD
 * first (the publisher's own structured statement about the article), then OpenGraph/article/Dublin Core meta, then
 * microdata and visible markup ({@code <time>}, bylines), and for dates the article URL last. Dates keep the offset the
 * page wrote, so the publication day is the publisher's day.
 */
final class MetadataExtractor {
    private static final List<String> PUBLISHED_META = List.of("article:published_time",
            "datepublished", "article:published_time", "og:published_time",
            "pubdate", "publish-date", "publishdate", "date",
            "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "article:published");
    private static final List<String> MODIFIED_META = List.of("article:modified_time",
            "datemodified", "og:updated_time", "dcterms.modified",
            "last-modified");

    private static final List<String> DESCRIPTION_META = List.of("og:description", "description", "twitter:description");

    private final TitleFinder titles = new TitleFinder();
    private final AuthorFinder authors = new AuthorFinder();

    /**
     * Everything but the body, read before boilerplate is removed (bylines and times live in that boilerplate); the
     * JSON-LD {@code articleBody}, if any, is kept as the publisher's own statement of the text, and the page's
     * descriptions as its own statement of the lead ({@link Standfirst}).
     */
    record Metadata(String title, OffsetDateTime published, OffsetDateTime modified, List<String> authors,
                    String canonicalUrl, String siteName, String section, String leadImage, String language,
                    String articleBody, List<String> descriptions) {}

    Metadata read(Document document) {
        JsonLd ld = JsonLd.of(document);
        MetaTags meta = new MetaTags(document);
        String siteName = siteName(meta, ld);
        return new Metadata(titles.title(document, meta, ld, siteName), published(document, meta, ld), modified(meta, ld),
                authors.authors(document, meta, ld), canonicalUrl(document, meta), siteName,
                first(ld.articleText("articleSection"), meta.get("article:section")),
                leadImage(document, meta, ld), language(document, meta, ld), ld.articleText("articleBody"), descriptions(meta, ld));
    }

    static OffsetDateTime published(Document document, MetaTags meta, JsonLd ld) {
        OffsetDateTime found = Dates.parse(ld.articleText("datePublished"));
        for (int i = 0; found == null && i < PUBLISHED_META.size(); i++) found = Dates.parse(meta.get(PUBLISHED_META.get(i)));
        if (found == null) found = Dates.parse(ld.articleText("dateCreated"));
        if (found == null) {
            for (JsonNode page : ld.ofType("WebPage")) {
                found = Dates.parse(JsonLd.text(page.path("datePublished")));
                if (found != null) break;
            }
        }
        if (found == null) found = visibleTime(document);
        if (found == null) found = Dates.fromUrl(first(canonicalUrl(document, meta), document.location()));
        return found;
    }

    static OffsetDateTime modified(MetaTags meta, JsonLd ld) {
        OffsetDateTime found = Dates.parse(ld.articleText("dateModified"));
        for (int i = 0; found == null && i < MODIFIED_META.size(); i++) found = Dates.parse(meta.get(MODIFIED_META.get(i)));
        return found;
    }

    /** A {@code <time datetime>} of the article (in it, or the first one in the page's main area), not a comment's. */
    private static OffsetDateTime visibleTime(Document document) {
        for (Element time : document.select("article time[datetime], main time[datetime], time[pubdate], time[datetime]")) {
            if (time.closest("[class*=comment], [id*=comment], aside, footer") != null) continue;
            OffsetDateTime parsed = Dates.parse(time.attr("datetime"));
            if (parsed != null) return parsed;
        }
        return null;
    }

    private static String siteName(MetaTags meta, JsonLd ld) {
        String og = meta.get("og:site_name");
        if (og != null) return og;
        List<String> publisher = JsonLd.names(ld.article().path("publisher"));
        if (!publisher.isEmpty()) return publisher.get(0);
        return meta.get("application-name");
    }

    /** The page's own summaries of the article: OpenGraph, plain and Twitter description, the JSON-LD description. */
    private static List<String> descriptions(MetaTags meta, JsonLd ld) {
        List<String> all = new ArrayList<>();
        for (String key : DESCRIPTION_META) if (meta.get(key) != null) all.add(Parser.unescapeEntities(meta.get(key), false));
        String stated = ld.articleText("description");
        if (stated != null) all.add(Parser.unescapeEntities(stated, false));
        return all;
    }

    private static String leadImage(Document document, MetaTags meta, JsonLd ld) {
        String og = meta.get("og:image");
        if (og == null) og = JsonLd.text(ld.article().path("image"));
        if (og == null) og = meta.get("twitter:image");
        if (og == null) return null;
        Element probe = document.createElement("a").attr("href", og);
        String abs = document.location().isEmpty() ? og : probe.absUrl("href");
        return abs.isEmpty() ? og : abs;
    }

    private static String language(Document document, MetaTags meta, JsonLd ld) {
        Element html = document.selectFirst("html");
        String stated = html == null ? null : LanguageTags.normalise(html.attr("lang"));
        if (stated == null) stated = LanguageTags.normalise(ld.articleText("inLanguage"));
        if (stated == null) stated = LanguageTags.normalise(meta.get("content-language"));
        if (stated == null) stated = LanguageTags.normalise(meta.get("og:locale"));
        return stated;
    }

    static String canonicalUrl(Document document, MetaTags meta) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            String href = link.absUrl("href");
            return href.isEmpty() ? link.attr("href") : href;
        }
        return meta.get("og:url");
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
