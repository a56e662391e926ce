package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts an article from a parsed HTML page with Jsoup: metadata from {@code <head>} (OpenGraph, article and
 * schema.org meta, {@code rel=canonical}, {@code html lang}) and the main text from the densest block of paragraphs.
 *
 * <p>Main text: boilerplate elements are removed (navigation, header and footer outside the article, asides, forms,
 * scripts, and elements whose class or id names share bars, related links, comments, newsletters or cookie banners);
 * then the element whose direct paragraphs hold the most non-link text wins, an {@code <article>} or
 * {@code itemprop=articleBody} element first when it holds enough text. Paragraphs and headings are emitted in reading
 * order, separated by a blank line. This is a first, general extractor; its quality is measured against gold data in
 * a later issue.
 *
 * <p>Not thread-safe in the sense that it mutates the given document (it removes boilerplate from it).
 */
public final class HtmlExtractor {
    /** Paragraph text in an {@code <article>} needed (characters) before it is trusted as the main block. */
    static final int MIN_ARTICLE_CHARS = 200;
    /** A paragraph whose text is more than this share link text is navigation, not prose. */
    static final double MAX_LINK_DENSITY = 0.5;

    private static final String BOILERPLATE_TAGS =
            "script, style, noscript, template, iframe, svg, form, button, nav, aside, figcaption, [role=navigation], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE_NAMES = Pattern.compile(
            "(?i)(^|[-_ ])(share|sharing|social|related|recommend|newsletter|subscribe|signup|cookie|consent|comment|"
                    + "comments|promo|advert|ads?|banner|breadcrumbs?|sidebar|most-read|popular|byline|author-bio|tags|"
                    + "footer|menu|masthead|toolbar)([-_ ]|$)");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li";

    private final MetadataExtractor metadata = new MetadataExtractor();

    public ExtractedArticle extract(Document document) {
        String title = metadata.title(document);
        String stated = LanguageGuess.normalise(document.select("html").attr("lang"));
        var published = metadata.published(document);
        List<String> authors = metadata.authors(document);
        String canonical = metadata.canonicalUrl(document);
        String siteName = metadata.siteName(document);
        var modified = metadata.modified(document);

        removeBoilerplate(document);
        Element main = mainBlock(document);
        String text = main == null ? "" : blockText(main, title);
        String language = stated != null ? stated : LanguageGuess.fromScript(text);
        List<ExtractedArticle.BodyLink> links = main == null ? List.of() : links(main);
        return new ExtractedArticle(title, text, published, modified, authors, language, canonical, siteName, links,
                Citations.find(text, citationTargets(document)));
    }

    /** Outbound http(s) links of the main block, skipping in-page anchors and citation markers. */
    private static List<ExtractedArticle.BodyLink> links(Element main) {
        List<ExtractedArticle.BodyLink> links = new ArrayList<>();
        for (Element a : main.select("a[href]")) {
            String url = a.absUrl("href");
            if (!url.startsWith("http://") && !url.startsWith("https://")) continue;
            if (Citations.MARKER.matcher(a.text()).matches()) continue;
            links.add(new ExtractedArticle.BodyLink(url, a.text().strip()));
        }
        return links;
    }

    /**
     * Where each {@code [n]} marker points: a link whose text is the marker, followed to its target; an in-page
     * anchor ({@code #ref-2}) is resolved to the first external link inside the element it names.
     */
    private static Map<String, String> citationTargets(Document document) {
        Map<String, String> targets = new HashMap<>();
        for (Element a : document.select("a[href]")) {
            String marker = a.text().strip();
            if (!Citations.MARKER.matcher(marker).matches() || targets.containsKey(marker)) continue;
            String href = a.attr("href");
            if (href.startsWith("#") && href.length() > 1) {
                Element note = document.getElementById(href.substring(1));
                Element external = note == null ? null : note.selectFirst("a[href^=http]");
                if (external != null) targets.put(marker, external.absUrl("href"));
            } else if (!a.absUrl("href").isEmpty()) {
                targets.put(marker, a.absUrl("href"));
            }
        }
        return targets;
    }

    private static void removeBoilerplate(Document document) {
        document.select(BOILERPLATE_TAGS).remove();
        for (Element e : document.body().select("header, footer")) {
            if (e.closest("article") == null) e.remove();
        }
        for (Element e : new ArrayList<>(document.body().getAllElements())) {
            if (e.parent() == null || e == document.body()) continue;
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && BOILERPLATE_NAMES.matcher(names).find() && !holdsTheStory(e)) e.remove();
        }
    }

    /** A wrapper named like boilerplate ("has-sidebar") that contains the headline or the article is kept. */
    private static boolean holdsTheStory(Element e) {
        return !e.select("article, [itemprop=articleBody], h1").isEmpty();
    }

    private static Element mainBlock(Document document) {
        for (Element preferred : document.select("[itemprop=articleBody], article")) {
            if (proseLength(preferred.select("p")) >= MIN_ARTICLE_CHARS) return preferred;
        }
        Element best = null;
        int bestScore = 0;
        for (Element candidate : document.body().getAllElements()) {
            int score = proseLength(candidate.select("> p"));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int proseLength(Elements paragraphs) {
        int total = 0;
        for (Element p : paragraphs) {
            if (isProse(p)) total += p.text().length();
        }
        return total;
    }

    private static boolean isProse(Element block) {
        int length = block.text().length();
        if (length == 0) return false;
        int linkText = 0;
        for (Element a : block.select("a")) linkText += a.text().length();
        return linkText <= MAX_LINK_DENSITY * length;
    }

    private static String blockText(Element main, String title) {
        Set<String> paragraphs = new LinkedHashSet<>(); // a repeated block (pull quote) is kept once
        for (Element block : main.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) continue; // a wrapper (li or blockquote around p): its children speak
            if (!isProse(block)) continue;
            String text = block.text().strip();
            if (!text.equals(title)) paragraphs.add(text);
        }
        return String.join("\n\n", paragraphs);
    }
}
