package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article's authors: the schema.org article's {@code author}, else the {@code author} meta tags, else the
 * visible byline ({@code itemprop=author}, {@code rel=author}, elements named "author" or "byline"). Names are
 * cleaned of "By"/"Von"/"Por"-style prefixes, roles after a comma or pipe, e-mail addresses and URLs; lists ("A, B and
 * C") are split. At most {@link #MAX_AUTHORS} are kept, and only from the first source that has any, so the bylines of
 * related stories never join the list.
 */
final class AuthorFinder {
    /** More names than this are a list of related stories' bylines, not the article's authors. */
    static final int MAX_AUTHORS = 6;
    /** A name longer than this (characters) is a sentence, not a name. */
    static final int MAX_NAME_CHARS = 60;
    private static final List<String> META_KEYS = List.of("author", "article:author", "byl", "sailthru.author", "parsely-author");
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(by|von|por|par|av|af|door|from|text|texto|autor(in)?|author|written by|reported by|"
                    + "от|автор|yazan|tekst|pisze|foto|redaktion)\\s*[:：]?\\s+");
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*(?:,|;|\\||/|&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|\\bog\\b|\\boch\\b|\\ben\\b|\\bi\\b|\\bи\\b|\\bve\\b)\\s+");
    private static final Pattern JUNK = Pattern.compile("(?iu)(https?://|www\\.|@|\\d|^(admin|redaktion|editor|staff|none|null|unknown)$)");

    List<String> authors(Document document, MetaTags meta, JsonLd ld) {
        List<String> found = clean(JsonLd.names(ld.article().path("author")));
        for (int i = 0; found.isEmpty() && i < ld.objects().size(); i++) found = clean(JsonLd.names(ld.objects().get(i).path("author")));
        for (int i = 0; found.isEmpty() && i < META_KEYS.size(); i++) found = clean(meta.all(META_KEYS.get(i)));
        if (found.isEmpty()) {
            List<String> visible = new ArrayList<>();
            for (Element e : document.select("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author], .author, .author-name, .byline, .byline-name, .article-author")) {
                if (e.closest("aside, footer, [class*=comment], [class*=related], [class*=teaser]") == null) visible.add(e.text());
                if (visible.size() > MAX_AUTHORS) break;
            }
            found = clean(visible);
        }
        return found.size() > MAX_AUTHORS ? List.of() : found;
    }

    /** Cleaned, split, de-duplicated names; URLs, e-mail addresses and other junk dropped. */
    static List<String> clean(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String r : raw) {
            if (r == null || r.isBlank() || r.strip().startsWith("http")) continue;
            String s = PREFIX.matcher(r.replaceAll("\\s+", " ").strip()).replaceFirst("");
            for (String part : SPLIT.split(s)) {
                String name = PREFIX.matcher(part.strip()).replaceFirst("").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "").strip();
                if (name.length() < 3 || name.length() > MAX_NAME_CHARS || JUNK.matcher(name).find()) continue;
                if (seen.add(name.toLowerCase(Locale.ROOT))) names.add(name);
            }
        }
        return new ArrayList<>(names);
    }
}
