package io.newsflow.devstack.site;

import java.time.Instant;

/**
 * What a {@link LoopbackNewsSite} serves: article {@code n} (0-based, fewer than {@link #size()}) as a title, a
 * publication date and an HTML page. Implementations must be deterministic (the same answer for the same {@code n} on
 * every call and every run), so that tests and benchmarks can be repeated, and thread-safe (the site answers from
 * several threads). {@link Articles#corpus(int)} is the default: English-like text of about 230 words per article.
 */
public interface Corpus {
    /** Number of articles. */
    int size();

    /** The title of article {@code n}, as the page and the feed give it. */
    String title(int n);

    /** When article {@code n} says it was published (page metadata, feed {@code pubDate}, sitemap {@code lastmod}). */
    Instant published(int n);

    /** The whole HTML page of article {@code n}, served at {@code base + "/articles/" + n + ".html"}. */
    String page(String base, int n);
}
