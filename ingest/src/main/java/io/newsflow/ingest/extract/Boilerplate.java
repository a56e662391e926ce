package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is never article text, before the main text is looked for: non-content elements (scripts, controls,
 * media, figures and their captions, except a figure around a table or an embedded post), navigation and complementary regions, hidden elements, datelines, forms (unless
 * the whole page is one, as ASP.NET pages are), page header and footer outside the article, and elements whose class or id names them as share bars, related links, comments,
 * newsletter or cookie boxes, ads, captions or bylines ({@link ClassWords}); a box named only for a
 * social platform or an embed ("wp-block-embed") that holds an embedded post (a {@code <blockquote>} named for its
 * platform, as "twitter-tweet"), a table or a definition list is part of the story, and stays (a pull quote in a
 * figure does not: it repeats the story). A named wrapper that holds the story is
 * kept (themes name page wrappers "has-sidebar" or "single-post comments"): one that is or contains the article, the
 * main region or the headline, or {@value #STORY_PARAGRAPHS} paragraphs of at least {@value #STORY_PARAGRAPH_CHARS}
 * characters. Once an article element with that many paragraphs has closed, paragraphs no longer protect a named
 * element outside any {@code <article>}: that is a comment thread, not the wrapper of this one; and a later
 * outermost {@code <article>} with that many paragraphs is the next story appended under it (endless scroll), removed.
 *
 * <p>One traversal of the body decides everything: each element learns on the way back up whether its subtree holds
 * the story, so no element is searched twice (a search per named wrapper made this the extractor's slowest step).
 */
final class Boilerplate implements NodeFilter {
    private static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "button", "input", "select", "textarea", "nav", "aside", "figcaption", "picture", "video", "audio",
            "object", "embed", "dialog", "menu");
    /**
     * Removed elements whose text a reader may still see, and so the story if nothing else holds one: complementary
     * regions, navigation (a theme wrapping the page in it) and the text for readers without scripts (a script-built page).
     */
    private static final Set<String> SEEN_WHEN_REMOVED = Set.of("aside", "nav", "noscript");
    private static final Set<String> NON_CONTENT_ROLES = Set.of("navigation", "complementary", "dialog", "alertdialog", "menu", "toolbar");
    /** Elements that make a figure, or a box named for a social platform, part of the story (besides an embedded post). */
    private static final Set<String> TABLES = Set.of("table", "dl");
    private static final Pattern HIDDEN = Pattern.compile("display:\\s*none");

    /** A named element with this many paragraphs of at least {@link #STORY_PARAGRAPH_CHARS} is the story, whatever its name. */
    static final int STORY_PARAGRAPHS = 3;
    static final int STORY_PARAGRAPH_CHARS = 150;

    /** What an open element has seen below it so far. */
    private static final class Frame {
        boolean story;
        int paragraphs;
        int chars;
        /** Whether the story's article had already closed when this element opened. */
        boolean afterTheStory;
        /** Whether an embedded post (a quotation named for its platform), a table or a definition list is inside. */
        boolean postsOrTables;
    }

    private final Element body;
    private final List<Frame> open = new ArrayList<>();
    private final List<Element> remove = new ArrayList<>();
    /** The removed elements a reader sees (see {@link #remove(Document)}). */
    private final List<Element> visible = new ArrayList<>();
    /** The removed scripts of the body. */
    private final List<Element> scripts = new ArrayList<>();
    private int paragraphDepth;
    private int articleDepth;
    /** Whether an article-like element holding the story's paragraphs has closed: what follows it outside is not the story. */
    private boolean storyClosed;
    /** Open {@code <article>} elements around the current one (a {@code <main>} region also wraps comment threads). */
    private int articleTags;

    private Boilerplate(Element body) {
        this.body = body;
    }

    /**
     * Removes the boilerplate from the document's body and returns the removed regions that could hold text a reader
     * sees (complementary regions, navigation, the text for readers without scripts, page header and footer, forms, named
     * boxes; not scripts, media or hidden elements),
     * detached but intact, for {@link StoryFallback} to look in when what remains holds nearly no text, and the body's
     * scripts, for {@link ScriptStory}.
     */
    static Removed remove(Document document) {
        Boilerplate filter = new Boilerplate(document.body());
        filter.open.add(new Frame()); // above the body
        NodeTraversor.filter(filter, document.body());
        for (Element e : filter.remove) e.remove();
        return new Removed(filter.visible, filter.scripts);
    }

    /**
     * What {@link #remove} took out that may still hold the story.
     *
     * @param seen    regions a reader sees, for {@link StoryFallback}
     * @param scripts the body's scripts, whose data may hold a script-built page's story ({@link ScriptStory})
     */
    record Removed(List<Element> seen, List<Element> scripts) {}

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            top().chars += collapsedLength(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        String tag = e.normalName();
        if (NON_CONTENT.contains(tag) || hidden(e) || (tag.equals("time") && paragraphDepth == 0)) { // a time outside a sentence is a dateline
            remove.add(e);
            if (tag.equals("script")) scripts.add(e);
            if ((SEEN_WHEN_REMOVED.contains(tag) || e.attr("role").equals("complementary")) && !displayNone(e)) visible.add(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        Frame frame = new Frame();
        frame.afterTheStory = storyClosed;
        open.add(frame);
        if (tag.equals("p")) paragraphDepth++;
        if (articleLike(e)) articleDepth++;
        if (tag.equals("article")) articleTags++;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        Frame f = open.remove(open.size() - 1);
        String tag = e.normalName();
        if (tag.equals("p")) {
            paragraphDepth--;
            if (f.chars >= STORY_PARAGRAPH_CHARS) f.paragraphs++;
        }
        if (articleLike(e)) articleDepth--;
        if (TABLES.contains(tag) || (tag.equals("blockquote") && embeddedPost(e))) f.postsOrTables = true;
        if (tag.equals("figure") && !f.postsOrTables) {
            remove.add(e); // an image, video, chart or pull quote with its caption; one around a table or an embedded post is story
            return FilterResult.CONTINUE;
        }
        if (articleLike(e) || tag.equals("h1")) f.story = true;
        if (tag.equals("article")) articleTags--;
        if (tag.equals("article") && articleTags == 0 && f.afterTheStory && f.paragraphs >= STORY_PARAGRAPHS) {
            remove.add(e); // a next story appended under this one (endless scroll): not part of it
            return FilterResult.CONTINUE;
        }
        if (articleLike(e) && f.paragraphs >= STORY_PARAGRAPHS) storyClosed = true;
        // after the story's article closed, paragraphs alone (a comment thread) no longer make a wrapper the story
        boolean holdsTheStory = f.story || (f.paragraphs >= STORY_PARAGRAPHS && !(storyClosed && articleTags == 0)) || e == body;
        if ((tag.equals("form") || ((tag.equals("header") || tag.equals("footer")) && articleDepth == 0)) && !holdsTheStory) {
            remove.add(e); // a form, page header or footer: its content does not count for the wrappers around it
            visible.add(e);
            return FilterResult.CONTINUE;
        }
        boolean embedsCount = !f.postsOrTables; // an embedded post's frame is named for its platform ("twitter-tweet")
        if (!holdsTheStory && (ClassWords.boilerplate(e.className(), embedsCount) || ClassWords.boilerplate(e.id(), embedsCount))) {
            remove.add(e);
            visible.add(e);
        }
        Frame parent = top();
        parent.story |= f.story;
        parent.paragraphs += f.paragraphs;
        parent.chars += f.chars;
        parent.postsOrTables |= f.postsOrTables;
        return FilterResult.CONTINUE;
    }

    /** A quotation named for a platform ("twitter-tweet", "instagram-media"): a post the story embeds, not a pull quote. */
    private static boolean embeddedPost(Element blockquote) {
        String names = blockquote.className();
        return ClassWords.boilerplate(names, true) && !ClassWords.boilerplate(names, false);
    }

    private Frame top() {
        return open.get(open.size() - 1);
    }

    private static boolean articleLike(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || e.attr("itemprop").equals("articleBody");
    }

    /** Never the page's own content, or hidden from the reader: a non-content ARIA role or {@code display: none}. */
    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) return false;
        if (NON_CONTENT_ROLES.contains(e.attr("role"))) return true;
        return displayNone(e);
    }

    /** Hidden by an inline style (a region with a non-content role is still seen, and may hold a misplaced story). */
    private static boolean displayNone(Element e) {
        String style = e.attr("style");
        return style.contains("display") && HIDDEN.matcher(style).find();
    }

    /** Length of the text with whitespace runs counted as one character, as {@code Element.text()} would print it. */
    private static int collapsedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0') {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }
}
