package io.newsflow.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What an extractor found in one document.
 *
 * @param title        headline, or {@code null} when none was found
 * @param text         main body text, paragraphs separated by a blank line; empty when none was found
 * @param published    publication instant, or {@code null}
 * @param authors      author names (may be empty)
 * @param language     ISO 639-1 code stated by the page or guessed from the script, or {@code null}
 * @param canonicalUrl the page's {@code rel=canonical} URL, or {@code null}
 */
public record ExtractedArticle(String title, String text, Instant published, List<String> authors,
                               String language, String canonicalUrl) {
    public ExtractedArticle {
        authors = List.copyOf(authors);
        text = text == null ? "" : text;
    }
}
