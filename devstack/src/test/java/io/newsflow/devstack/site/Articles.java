package io.newsflow.devstack.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated content of {@link LoopbackNewsSite}: article {@code n} is a page with a title, a date
 * ({@link #published(int)}, one minute apart from 2026-01-01T00:00Z) and five paragraphs of English-like text drawn
 * from a word list with a random generator seeded by {@code n}: the same on every run, different for every article
 * (so ingest's content-hash dedup keeps them all). Feeds and sitemaps list a host's articles newest first, for any
 * {@link Corpus}; {@link #CORPUS} is this class's own.
 */
public final class Articles {
    /** The default corpus of {@link LoopbackNewsSite}: {@code size} articles of this class's text. */
    public static Corpus corpus(int size) {
        return new Corpus() {
            @Override public int size() { return size; }
            @Override public String title(int n) { return Articles.title(n); }
            @Override public Instant published(int n) { return Articles.published(n); }
            @Override public String page(String base, int n) { return Articles.page(base, n); }
        };
    }

    private static final Pattern ARTICLE_PATH = Pattern.compile("/articles/(\\d{1,9})\\.html");
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] WORDS = ("government minister talks border agreement trade council parliament "
            + "election region security energy pipeline summit delegation ceremony treaty economy budget report "
            + "court decision village river mountain harvest market festival school hospital road bridge railway "
            + "station officials residents spokesman statement visit capital province district committee proposal "
            + "reform investment company workers union strike negotiations observers journalists conference weather")
            .split(" ");

    private Articles() {}

    /** The article number in {@code /articles/N.html}, or null. */
    public static Integer number(String path) {
        Matcher m = ARTICLE_PATH.matcher(path);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** When article {@code n} was published. */
    public static Instant published(int n) {
        return FIRST.plusSeconds(60L * n);
    }

    /** The title of article {@code n}. */
    public static String title(int n) {
        return "Report number " + n + ": " + sentence(new SplittableRandom(n), 5);
    }

    static String page(String base, int n) {
        SplittableRandom random = new SplittableRandom(n * 31L + 7);
        StringBuilder paragraphs = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            paragraphs.append("<p>");
            for (int s = 0; s < 3; s++) paragraphs.append(sentence(random, 12 + random.nextInt(8))).append(". ");
            paragraphs.append("</p>\n");
        }
        return html("en", title(n), base + "/articles/" + n + ".html", published(n), paragraphs.toString());
    }

    /**
     * An article page as the site serves it: language, title, canonical link and publication time in the head, the
     * title as heading and {@code paragraphs} (HTML) in an {@code <article>}, between a navigation bar and a footer.
     */
    public static String html(String language, String title, String canonicalUrl, Instant published, String paragraphs) {
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title>
                <link rel="canonical" href="%s">
                <meta property="article:published_time" content="%s">
                </head><body><nav><a href="/">Home</a></nav>
                <article><h1>%s</h1>
                %s</article><footer>Loopback news</footer></body></html>
                """.formatted(language, title, canonicalUrl, published, title, paragraphs);
    }

    static String feed(String base, Corpus corpus, List<Integer> numbers) {
        StringBuilder items = new StringBuilder();
        for (int n : numbers.reversed()) {
            items.append("<item><title>").append(corpus.title(n)).append("</title><link>").append(base).append("/articles/").append(n)
                    .append(".html</link><pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(corpus.published(n).atOffset(ZoneOffset.UTC)))
                    .append("</pubDate></item>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Loopback news at %s</title><link>%s/</link><description>generated</description>
                %s</channel></rss>
                """.formatted(base, base, items);
    }

    static String sitemap(String base, Corpus corpus, List<Integer> numbers) {
        StringBuilder urls = new StringBuilder();
        for (int n : numbers.reversed()) {
            urls.append("<url><loc>").append(base).append("/articles/").append(n).append(".html</loc><lastmod>")
                    .append(corpus.published(n)).append("</lastmod></url>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s</urlset>
                """.formatted(urls);
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return s.toString();
    }
}
