package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article's authors: the schema.org article's {@code author}, else any schema.org object's, else the
 * {@code author} meta tags, else the visible byline (the first author/byline element outside comments, quotes,
 * captions and teasers, with its sibling bylines). Names are cleaned of "By"/"Von"/"Por"-style prefixes, roles after a
 * comma, parenthesised initials, e-mail addresses, URLs and picture credits; lists ("A, B and C") are split; a URL
 * slug ("chuck-ross") is written as a name ("Chuck Ross"). A byline element is named so by its class or its id. The site
 * itself (its name, publisher or host) is not an author: a source that names only the site gives way to the next one.
 * At most {@link #MAX_AUTHORS} are kept from bylines and meta tags (more are related stories' bylines), at most
 * {@link #MAX_LD_AUTHORS} from the article's own JSON-LD.
 */
final class AuthorFinder {
    /** More names than this in meta tags or bylines are a list of related stories' bylines, not the article's authors. */
    static final int MAX_AUTHORS = 6;
    /** The article's JSON-LD may credit a whole desk; more names than this are still junk. */
    static final int MAX_LD_AUTHORS = 15;
    /** A name longer than this (characters) is a sentence, not a name. */
    static final int MAX_NAME_CHARS = 60;
    private static final List<String> META_KEYS = List.of("author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator");
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*((by|von|por|par|av|af|door|from|texto|autor(in)?|author|written by|reported by|от|автор|yazan|pisze)\\s*[:：]?"
                    + "|(text|tekst|foto|redaktion|quelle|source)\\s*[:：])\\s+");
    private static final Pattern SPLIT = Pattern.compile("(?iu)\\s*;\\s*|\\s*(?:,|\\||/|&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|\\bog\\b|\\boch\\b|\\ben\\b|\\bi\\b|\\bи\\b|\\bve\\b)\\s+");
    private static final Pattern JUNK = Pattern.compile("(?iu)(https?://|www\\.|@|\\d|^(admin|redaktion|editor|staff|none|null|unknown)$"
            + "|\\b(image|images|photo|foto|getty|istock|istockphoto|shutterstock)\\b)");
    /** Parenthesised initials or roles after a name, and role words that follow names in some languages. */
    private static final Pattern TRAILER = Pattern.compile("\\s*\\([^)]*\\)\\s*$|\\s+(기자|특파원)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.)]]+$");
    private static final String BYLINE = "[itemprop=author], [rel=author], [class*=author], [class*=Author], [class*=byline], "
            + "[class*=Byline], [class*=autor], [class*=Autor], [id*=author], [id*=Author], [id*=byline], [id*=Byline]";
    /** Class words of author-ish elements that are not a byline: bios, pictures, quotes, comments, dates. */
    private static final Pattern NOT_BYLINE = Pattern.compile("(?i)comment|quote|image|img|caption|credit|bio|desc|avatar|"
            + "date|social|share|follow|label|title|more|contact|info|brand");
    private static final Pattern NOT_BYLINE_AREA = Pattern.compile("(?i)comment|related|teaser|recommend|footer|caption|quote");

    List<String> authors(Document document, MetaTags meta, JsonLd ld) {
        Set<String> site = siteNames(document, meta, ld);
        List<String> siteOnly = null;
        int sources = 1 + ld.objects().size() + META_KEYS.size() + 1;
        for (int i = 0; i < sources; i++) {
            boolean byline = i == sources - 1;
            List<String> found = clean(source(i, document, meta, ld));
            if (found.isEmpty() || found.size() > (i == 0 ? MAX_LD_AUTHORS : MAX_AUTHORS)) continue;
            if (byline && !found.stream().allMatch(AuthorFinder::looksLikeAName)) continue;
            List<String> people = found.stream().filter(name -> !site.contains(TextKey.squash(name))).toList();
            if (people.isEmpty()) { // the site credits itself: look for a person
                if (siteOnly == null) siteOnly = found;
                continue;
            }
            return people;
        }
        return siteOnly == null ? List.of() : siteOnly;
    }

    /** The i-th source of names, most reliable first: the article's JSON-LD, other JSON-LD objects, meta tags, the byline. */
    private static List<String> source(int i, Document document, MetaTags meta, JsonLd ld) {
        if (i == 0) return JsonLd.names(ld.article().path("author"));
        i--;
        if (i < ld.objects().size()) return ld.objects().get(i) == ld.article() ? List.of() : JsonLd.names(ld.objects().get(i).path("author"));
        i -= ld.objects().size();
        if (i < META_KEYS.size()) return meta.all(META_KEYS.get(i));
        return byline(document);
    }

    /** The site's own names (squashed): {@code og:site_name}, the publisher, the application name and the host. */
    /** A byline's text is a name when each Latin word starts with a capital ("ku Frankfurt", "amw" are desk codes). */
    private static boolean looksLikeAName(String name) {
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty()) continue;
            int first = word.codePointAt(0);
            if (first < 0x250 && Character.isLetter(first) && !Character.isUpperCase(first)) return false;
        }
        return true;
    }

    private static Set<String> siteNames(Document document, MetaTags meta, JsonLd ld) {
        Set<String> names = new HashSet<>();
        for (String s : List.of(nullToEmpty(meta.get("og:site_name")), nullToEmpty(meta.get("application-name")))) names.add(TextKey.squash(s));
        for (String s : JsonLd.names(ld.article().path("publisher"))) names.add(TextKey.squash(s));
        String host = TextKey.host(document.location());
        if (!host.isEmpty()) {
            names.add(TextKey.squash(host));
            names.add(TextKey.squash(host.contains(".") ? host.substring(0, host.lastIndexOf('.')) : host));
        }
        names.remove("");
        return names;
    }

    /** Texts of the first byline element and its sibling bylines, outside comments, quotes, captions and teasers. */
    private static List<String> byline(Document document) {
        List<Element> leaves = new ArrayList<>();
        Element previous = null;
        for (Element e : document.body().select(BYLINE)) {
            if (previous != null && leaves.contains(previous) && e.parents().contains(previous)) leaves.remove(previous); // keep the innermost
            previous = e;
            if (NOT_BYLINE.matcher(e.className()).find() || NOT_BYLINE.matcher(e.id()).find() || inExcludedArea(e) || e.text().isBlank()) continue;
            leaves.add(e);
        }
        List<String> texts = new ArrayList<>();
        Element first = null;
        for (Element e : leaves) {
            if (first == null) {
                if (clean(List.of(e.text())).isEmpty()) continue;
                first = e;
            } else if (e.parent() != first.parent()) {
                continue;
            }
            texts.add(e.text());
        }
        return texts;
    }

    private static boolean inExcludedArea(Element e) {
        for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("figure") || tag.equals("blockquote")) return true;
            if (!a.className().isEmpty() && NOT_BYLINE_AREA.matcher(a.className()).find()) return true;
        }
        return false;
    }

    /** Cleaned, split, de-duplicated names; URLs, e-mail addresses, credits and other junk dropped. */
    static List<String> clean(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (String r : raw) {
            if (r == null || r.isBlank() || r.strip().startsWith("http") || r.contains("@")) continue;
            String s = PREFIX.matcher(SPACES.matcher(r).replaceAll(" ").strip()).replaceFirst("");
            for (String part : SPLIT.split(s)) {
                String name = EDGE_PUNCTUATION.matcher(PREFIX.matcher(part.strip()).replaceFirst("")).replaceAll("").strip();
                name = unslugged(TRAILER.matcher(name).replaceFirst("").strip());
                if (tooShort(name) || name.length() > MAX_NAME_CHARS || JUNK.matcher(name).find()) continue;
                if (seen.add(name.toLowerCase(Locale.ROOT))) names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** A name written as a URL slug ("chuck-ross", as some CMSs fill JSON-LD): lower-case words joined by hyphens. */
    private static final Pattern SLUG = Pattern.compile("\\p{Ll}+(-\\p{Ll}+)+");

    /** "chuck-ross" → "Chuck Ross"; any other name as it is. */
    private static String unslugged(String name) {
        if (!SLUG.matcher(name).matches()) return name;
        StringBuilder b = new StringBuilder(name.length());
        for (String word : name.split("-")) {
            if (!b.isEmpty()) b.append(' ');
            b.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append(word, Character.charCount(word.codePointAt(0)), word.length());
        }
        return b.toString();
    }

    /** One letter is an initial; two Latin letters are still initials ("AP" aside), two CJK characters a full name. */
    private static boolean tooShort(String name) {
        int n = name.codePointCount(0, name.length());
        if (n < 2) return true;
        return n < 3 && name.chars().allMatch(c -> c < 0x250) && !name.chars().allMatch(Character::isUpperCase);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
