package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the headline the reader sees. Metadata candidates: {@code og:title}, the schema.org {@code headline},
 * {@code twitter:title} and {@code <title>}, each cut back to another candidate it merely extends with a site or section
 * name ("Headline | Politics | The Courier" → "Headline"). Visible candidates: the first {@code <h1>}/{@code <h2>}
 * elements outside navigation, breadcrumbs, lists and asides (many pages hide an SEO {@code <h1>} in the breadcrumb
 * trail and show the headline in an {@code <h2>}), as displayed and without a kicker element.
 *
 * <p>The first visible heading that some metadata candidate spells the same (ignoring punctuation and case) decides:
 * the metadata spelling of it is returned (a heading's kicker and headline are separate elements whose text runs
 * together). Where {@code og:title} and the JSON-LD {@code headline} agree with each other, only they may confirm a
 * heading, and without a heading they confirm they are the title: a heading spelled only by {@code twitter:title} or
 * {@code <title>} does not outvote the publisher's two structured statements. With no agreement at all, the metadata
 * candidate most others agree with wins, ties going to JSON-LD, then OpenGraph. Without metadata, the first visible
 * heading, else {@code <title>} without its site suffix.
 */
final class TitleFinder {
    /** Headings looked at, in document order (the headline is near the top; later ones are sub-headings and teasers). */
    static final int MAX_HEADINGS = 8;
    /** With {@code <title>} the only candidate, a trailing segment this short (characters) is taken as the site name. */
    static final int MAX_BARE_SUFFIX_CHARS = 30;
    /** A trailing segment at most this long (characters) that {@code <title>} ends with too is a site or section name. */
    static final int MAX_SITE_SUFFIX_CHARS = 45;

    /** A trailing "separator + short segment" that may be a site or section name. */
    private static final Pattern SUFFIX = Pattern.compile("^(.*?\\S)\\s*(?:\\s[|–—\\-·•*:]\\s|[|｜ㅣ：:]|\\s[-–—]\\s?)\\s*([^|–—｜]{2,50})$");
    /** What may follow a headline before its site or section name. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[|\\-–—:ㅣ·•｜：/]|\\s[-–—]\\s?)\\s*\\S.*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u200b\\u200c\\u200d\\ufeff]+");
    private static final String CLOSING = "\"'“”»«’‘?!.)」』";

    String title(Document document, MetaTags meta, JsonLd ld, String siteName) {
        String pageTitle = clean(document.title());
        List<Element> headings = visibleHeadings(document);
        List<String> shown = new ArrayList<>();
        List<String> headingForms = new ArrayList<>(headings.size()); // one per heading, for the written form
        for (Element h : headings) {
            String proper = withoutKicker(h);
            if (proper != null) shown.add(proper);
            String text = clean(h.text());
            if (text != null) shown.add(text);
            headingForms.add(proper != null ? proper : text);
        }
        // written-form preference: OpenGraph keeps the editor's punctuation; JSON-LD is often entity-encoded
        String[] raw = {clean(meta.get("og:title")), clean(ld.articleText("headline")), clean(meta.get("twitter:title")), pageTitle};
        List<String> all = new ArrayList<>(shown);
        for (String r : raw) if (r != null) all.add(r);
        String[] reduced = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == null) continue;
            String r = reduce(raw[i], all, siteName, pageTitle);
            reduced[i] = withoutSuffix(r, siteName, pageTitle, document.location());
        }
        // og:title and the JSON-LD headline agreeing are two statements by the publisher; a heading that only
        // twitter:title or <title> spell does not outvote them
        boolean stated = reduced[0] != null && reduced[1] != null && TextKey.spellsSame(reduced[0], reduced[1]);
        int spellers = stated ? 2 : reduced.length;
        List<String> forms = new ArrayList<>(reduced.length + headingForms.size()); // one per source, for the written form
        for (String r : reduced) if (r != null) forms.add(r);
        forms.addAll(headingForms);
        for (String t : shown) {
            for (int i = 0; i < spellers; i++) if (reduced[i] != null && TextKey.spellsSame(reduced[i], t)) return commonForm(reduced[i], forms);
        }
        if (stated) return commonForm(reduced[0], forms);
        boolean titleOnly = raw[0] == null && raw[1] == null && raw[2] == null;
        if (!titleOnly) return commonForm(vote(reduced), forms);
        if (!headings.isEmpty()) return clean(headings.get(0).text());
        return reduced[3] == null ? null : withoutBareSuffix(reduced[3]);
    }

    /** {@code <title>} as the only candidate: "Headline - Site" without the short trailing segment. */
    private static String withoutBareSuffix(String pageTitle) {
        Matcher m = SUFFIX.matcher(pageTitle);
        if (m.matches() && m.group(2).length() <= MAX_BARE_SUFFIX_CHARS && m.group(2).length() < m.group(1).length()) return m.group(1).strip();
        return pageTitle;
    }

    /**
     * The written form of {@code chosen} that most sources use, among those that differ from it only in quotation marks:
     * the straight quotes one source alone writes ("What's" in {@code og:title} where the heading, the JSON-LD headline
     * and {@code <title>} write "What’s") are outvoted; ties keep {@code chosen}, and so does any other difference (a
     * heading's kicker run into its headline without the separator). {@code forms}: one per source (metadata
     * candidates, cut back, and each heading without its kicker); nulls are skipped.
     */
    static String commonForm(String chosen, List<String> forms) {
        if (chosen == null) return null;
        Map<String, Integer> votes = new LinkedHashMap<>(); // in the order the forms come: the first of a tie wins
        for (String form : forms) if (form != null) votes.merge(form, 1, Integer::sum);
        String best = chosen;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > votes.getOrDefault(best, 0) && sameButQuotes(v.getKey(), chosen)) best = v.getKey();
        }
        return best;
    }

    /** Quotation marks and apostrophes, straight and typographic, that sources swap for one another. */
    private static final String QUOTES = "'‘’‚‛′`\"“”„‟″«»";

    /** Whether two forms differ only in which quotation marks they use ("What's" and "What’s"). */
    static boolean sameButQuotes(String a, String b) {
        if (a.length() != b.length()) return false;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y && (QUOTES.indexOf(x) < 0 || QUOTES.indexOf(y) < 0)) return false;
        }
        return true;
    }

    /** The candidate most others agree with; ties go to JSON-LD, then OpenGraph, Twitter, {@code <title>}. */
    private static String vote(String[] reduced) {
        int[] order = {1, 0, 2, 3};
        String best = null;
        int bestVotes = 0;
        for (int i : order) {
            if (reduced[i] == null) continue;
            int votes = 0;
            for (String other : reduced) if (other != null && TextKey.spellsSame(reduced[i], other)) votes++;
            if (votes > bestVotes) {
                best = reduced[i];
                bestVotes = votes;
            }
        }
        return best;
    }

    /** The first {@link #MAX_HEADINGS} {@code h1}/{@code h2}, minus those in navigation, lists, asides and teasers. */
    static List<Element> visibleHeadings(Document document) {
        List<Element> visible = new ArrayList<>();
        int[] seen = {0};
        NodeTraversor.filter(new NodeFilter() { // stops at the last heading looked at, instead of walking the whole page
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element h) || !(h.normalName().equals("h1") || h.normalName().equals("h2"))) return FilterResult.CONTINUE;
                if (outsideNavigation(h)) visible.add(h);
                return ++seen[0] >= MAX_HEADINGS ? FilterResult.STOP : FilterResult.SKIP_CHILDREN;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, document.body());
        return visible;
    }

    private static boolean outsideNavigation(Element h) {
        if (h.className().toLowerCase(Locale.ROOT).contains("seo")) return false;
        for (Element a = h.parent(); a != null; a = a.parent()) {
            switch (a.normalName()) {
                case "nav", "ul", "ol", "aside", "footer" -> {
                    return false;
                }
                default -> {
                    String cls = a.className();
                    if (cls.isEmpty()) continue;
                    String lower = cls.toLowerCase(Locale.ROOT);
                    if (lower.contains("breadcrumb") || lower.contains("teaser") || lower.contains("related")) return false;
                }
            }
        }
        return true;
    }

    /**
     * A heading built as kicker element + headline element ({@code <h1><span>Politics</span><span>Headline</span></h1>})
     * without text of its own: the headline element's text, when it holds at least half the heading's text; else null.
     */
    static String withoutKicker(Element h) {
        if (h.childrenSize() < 2) return null;
        for (TextNode t : h.textNodes()) {
            for (int i = 0; i < t.text().length(); i++) if (Character.isLetterOrDigit(t.text().charAt(i))) return null;
        }
        String last = clean(h.child(h.childrenSize() - 1).text());
        String all = h.text();
        return last != null && last.length() * 2 >= all.length() ? last : null;
    }

    /**
     * Cuts {@code candidate} back to another candidate it starts with, when what follows is a separator and a site or
     * section name: shorter than the headline, naming the site, or ending {@code <title>} as well.
     */
    static String reduce(String candidate, List<String> others, String siteName, String pageTitle) {
        String c = candidate;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String o : others) {
                if (o.length() >= c.length()) continue;
                int cut = prefixEnd(c, o);
                if (cut <= 0 || cut >= c.length() || !SEPARATOR.matcher(c.substring(cut)).matches()) continue;
                String rest = c.substring(cut);
                boolean siteSuffix = cut >= rest.length()
                        || (siteName != null && !TextKey.squash(siteName).isEmpty() && TextKey.squash(rest).contains(TextKey.squash(siteName)))
                        || (pageTitle != null && rest.length() <= MAX_SITE_SUFFIX_CHARS && TextKey.squash(pageTitle).endsWith(TextKey.squash(rest)));
                if (!siteSuffix) continue;
                c = c.substring(0, cut).strip();
                changed = true;
                break;
            }
        }
        return c;
    }

    /** Where {@code prefix} ends in {@code s} when {@code s} starts with it (letters and digits compared, closing quotes kept), else -1. */
    private static int prefixEnd(String s, String prefix) {
        String p = TextKey.squash(prefix);
        if (p.isEmpty()) return -1;
        int i = 0, j = 0;
        while (j < p.length() && i < s.length()) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                if (!p.startsWith(lower, j)) return -1;
                j += lower.length();
            }
            i += Character.charCount(cp);
        }
        if (j < p.length()) return -1;
        while (i < s.length() && CLOSING.indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    /** Drops a trailing site or section name: one the page names as its site, or that {@code <title>} ends with too. */
    static String withoutSuffix(String title, String siteName, String pageTitle, String url) {
        String t = title;
        for (int i = 0; i < 3; i++) {
            Matcher m = SUFFIX.matcher(t);
            if (!m.matches()) break;
            String suffix = m.group(2).strip();
            if (!isSiteName(suffix, siteName, pageTitle, t, url)) break;
            t = m.group(1).strip();
        }
        return t;
    }

    private static boolean isSiteName(String suffix, String siteName, String pageTitle, String title, String url) {
        String s = TextKey.squash(suffix);
        if (s.isEmpty()) return false;
        if (siteName != null && (TextKey.squash(siteName).contains(s) || s.contains(TextKey.squash(siteName)))) return true;
        if (url != null && TextKey.squash(TextKey.host(url)).contains(s)) return true;
        // <title> ending the same way names the site, unless <title> ends with this whole candidate (site name first)
        return pageTitle != null && !pageTitle.equals(title) && !pageTitle.endsWith(title) && pageTitle.endsWith(suffix) && suffix.length() < 30;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = SPACE.matcher(Parser.unescapeEntities(s, false)).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }
}
