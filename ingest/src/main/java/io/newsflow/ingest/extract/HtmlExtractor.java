package io.newsflow.ingest.extract;

import io.newsflow.language.LanguageDetector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts an article from a parsed HTML page with Jsoup: metadata first ({@link MetadataExtractor}: JSON-LD,
 * OpenGraph and other meta, bylines, {@code <time>}), then boilerplate is removed ({@link Boilerplate}), the page is
 * cut into text blocks in one pass ({@link TextBlocks}) and the main text is chosen by text and link density
 * ({@link MainText}), or, where that is nearly nothing, the best cluster of text blocks ({@link StoryFallback}). Paragraphs and sub-headings come out in reading order, separated by a blank line; the headline
 * itself is not repeated in the text. Where the page's JSON-LD {@code articleBody} is far longer than what the markup
 * gave ({@link #STATED_BODY_RATIO}), the stated body is used instead. The text, title and author names come out NFC-normalised and without soft hyphens. No rule is keyed on
 * a host name.
 *
 * <p>It mutates the given document (it removes boilerplate from it); one instance may be shared between threads.
 */
public final class HtmlExtractor {
    /**
     * When the page's JSON-LD {@code articleBody} is more than this many times longer than the text found in the
     * markup, the story is cut into pieces the markup does not join (chunked layouts) and the stated body is used.
     */
    static final int STATED_BODY_RATIO = 2;
    /** A stated body shorter than this (characters) is a teaser, never preferred. */
    static final int MIN_STATED_BODY_CHARS = 500;
    private static final Pattern LINES = Pattern.compile("\\s*\\n\\s*");
    /** The blank line between two paragraphs of the text (compiled once: String.split compiles a two-character one on every call). */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\n", Pattern.LITERAL);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final MetadataExtractor metadata = new MetadataExtractor();

    public ExtractedArticle extract(Document document) {
        MetadataExtractor.Metadata meta = metadata.read(document);
        Map<String, String> citationTargets = citationTargets(document);

        Boilerplate.Removed removed = Boilerplate.remove(document);
        List<TextBlocks.Block> blocks = TextBlocks.of(document.body());
        MainText.Selection chosen = StoryFallback.check(MainText.select(blocks, document.body(), meta.title()), blocks, removed.seen());
        MainText.Selection main = Standfirst.prepend(chosen, blocks, meta.title(), meta.descriptions());
        StringBuilder text = new StringBuilder();
        Set<String> titleWords = Standfirst.words(meta.title() == null ? "" : meta.title());
        for (TextBlocks.Block block : main.text()) {
            if (block.owner().normalName().equals("h1") && TextKey.spellsSame(block.text(), meta.title())) continue;
            if (text.isEmpty() && Standfirst.headline(block, titleWords)) continue;
            if (!text.isEmpty()) text.append("\n\n");
            text.append(block.text());
        }
        List<ExtractedArticle.BodyLink> links = new ArrayList<>();
        for (TextBlocks.Block block : main.inside()) {
            for (Element a : block.links()) {
                String url = a.absUrl("href");
                if (!url.startsWith("http://") && !url.startsWith("https://")) continue;
                if (Citations.MARKER.matcher(a.text()).matches()) continue;
                links.add(new ExtractedArticle.BodyLink(url, a.text().strip()));
            }
        }
        String found = text.length() * STATED_BODY_RATIO < statedLength(meta.articleBody()) ? paragraphs(meta.articleBody()) : text.toString();
        if (found.length() < StoryFallback.TINY_CHARS) found = scripted(found, document, removed.scripts());
        String body = nfc(String.join("\n\n", TrailingPrompts.trim(List.of(PARAGRAPH_BREAK.split(found)))));
        String language = meta.language() != null ? meta.language() : LanguageDetector.bundled().detect(body);
        List<String> authors = meta.authors().stream().map(HtmlExtractor::nfc).toList();
        return new ExtractedArticle(meta.title() == null ? null : nfc(meta.title()), body, meta.published(), meta.modified(), authors, language,
                meta.canonicalUrl(), meta.siteName(), meta.section(), meta.leadImage(), links,
                Citations.find(body, citationTargets));
    }

    /**
     * Where the markup held nearly nothing, the story a script-built page keeps in its scripts' data, when it
     * {@link StoryFallback#outweighs} {@code found} (characters as joined); else {@code found}.
     */
    private static String scripted(String found, Document document, List<Element> bodyScripts) {
        List<Element> scripts = new ArrayList<>(document.head().getElementsByTag("script"));
        scripts.addAll(bodyScripts);
        String story = ScriptStory.find(scripts);
        return story != null && StoryFallback.outweighs(story.length(), found.length()) ? story : found;
    }

    /** The text in Unicode normalisation form C (composed accents), without soft hyphens (a stated body may hold them). */
    static String nfc(String text) {
        String plain = text.indexOf(TextBlocks.SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(TextBlocks.SOFT_HYPHEN), "");
        return Normalizer.isNormalized(plain, Normalizer.Form.NFC) ? plain : Normalizer.normalize(plain, Normalizer.Form.NFC);
    }

    private static int statedLength(String articleBody) {
        return articleBody == null || articleBody.length() < MIN_STATED_BODY_CHARS ? 0 : articleBody.length();
    }

    /** The stated body (plain text with one paragraph a line, or HTML) as paragraphs separated by a blank line. */
    private static String paragraphs(String articleBody) {
        List<String> parts = new ArrayList<>();
        if (articleBody.contains("</")) {
            for (TextBlocks.Block b : TextBlocks.of(Jsoup.parseBodyFragment(articleBody).body())) parts.add(b.text());
        } else {
            for (String line : LINES.split(articleBody)) {
                String p = SPACES.matcher(line).replaceAll(" ").strip();
                if (!p.isEmpty()) parts.add(p);
            }
        }
        return String.join("\n\n", parts);
    }

    /**
     * Where each {@code [n]} marker points: a link whose text is the marker, followed to its target; an in-page
     * anchor ({@code #ref-2}) is resolved to the first external link inside the element it names.
     */
    private static Map<String, String> citationTargets(Document document) {
        Map<String, String> targets = new HashMap<>();
        for (Element a : document.getElementsByTag("a")) {
            if (!a.hasAttr("href")) continue;
            String marker = a.childNodeSize() == 1 && a.childNode(0) instanceof TextNode t ? t.text().strip() : a.text().strip();
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
}
