package io.newsflow.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an extractor found in one document.
 *
 * @param title        headline, or {@code null} when none was found
 * @param text         main body text, paragraphs (and sub-headings) separated by a blank line; empty when none was found
 * @param published    publication date-time in the offset the page states (UTC when it states none), or {@code null}
 * @param modified     last-modified date-time stated by the page, or {@code null}
 * @param authors      author names (may be empty)
 * @param language     ISO 639-1 code stated by the page or guessed from the script, or {@code null}
 * @param canonicalUrl the page's {@code rel=canonical} (or {@code og:url}) URL, or {@code null}
 * @param siteName     the outlet's name as the page states it, or {@code null}
 * @param section      the section the page files the article under ("Politics"), or {@code null}
 * @param leadImage    absolute URL of the article's lead image ({@code og:image} or schema.org), or {@code null}
 * @param links        outbound http(s) links in the body, in reading order
 * @param citations    {@code [n]} markers in the text, with their targets where the page links them
 */
public record ExtractedArticle(String title, String text, OffsetDateTime published, OffsetDateTime modified,
                               List<String> authors, String language, String canonicalUrl, String siteName,
                               String section, String leadImage, List<BodyLink> links, List<CitationMark> citations) {
    public ExtractedArticle {
        text = text == null ? "" : text;
        authors = List.copyOf(authors);
        links = List.copyOf(links);
        citations = List.copyOf(citations);
    }

    /** An outbound link: absolute URL and anchor text. */
    public record BodyLink(String url, String text) {}

    /** A reference marker as written ({@code [2]}), its offset in the text, and its target URL or null. */
    public record CitationMark(String marker, int start, String targetUrl) {}
}
