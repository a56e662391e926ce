package io.newsflow.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What an extractor found in one document.
 *
 * @param title        headline, or {@code null} when none was found
 * @param text         main body text, paragraphs separated by a blank line; empty when none was found
 * @param published    publication instant, or {@code null}
 * @param modified     last-modified instant stated by the page, or {@code null}
 * @param authors      author names (may be empty)
 * @param language     ISO 639-1 code stated by the page or guessed from the script, or {@code null}
 * @param canonicalUrl the page's {@code rel=canonical} (or {@code og:url}) URL, or {@code null}
 * @param siteName     the outlet's name as the page states it, or {@code null}
 * @param links        outbound http(s) links in the body, in reading order
 * @param citations    {@code [n]} markers in the text, with their targets where the page links them
 */
public record ExtractedArticle(String title, String text, Instant published, Instant modified, List<String> authors,
                               String language, String canonicalUrl, String siteName, List<BodyLink> links,
                               List<CitationMark> citations) {
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
