package io.newsflow.ingest.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what is never article text, before the main text is looked for: non-content elements (scripts, forms,
 * media, figures and their captions), navigation and complementary regions, hidden elements, page header and footer
 * outside the article, and elements whose class or id names them as share bars, related links, comments, newsletter
 * or cookie boxes, ads, captions or bylines. A named wrapper that holds the headline or the article itself is kept
 * (themes name page wrappers "has-sidebar").
 */
final class Boilerplate {
    private static final String TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, input, "
            + "select, textarea, nav, aside, figure, figcaption, picture, video, audio, object, embed, dialog, menu, "
            + "[role=navigation], [role=complementary], [role=dialog], [role=alertdialog], [role=menu], [role=toolbar], "
            + "[style~=display:\\s*none]";
    /** Class/id words (delimited by start, end, space, {@code -} or {@code _}) that mark boilerplate. */
    static final Pattern NAMES = Pattern.compile("(?i)(^|[_ ]|(?<!has|with|is|no|show)-)(share|sharing|shariff|social|socials|related|recommend(ed|ations)?|"
            + "newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|comment|comments|disqus|promo|"
            + "advert|advertisement|ad|ads|adslot|anzeige|banner|breadcrumbs?|sidebar|most-?read|popular|trending|"
            + "byline|author|authors|author-bio|tags|tag-list|keywords|footer|menu|masthead|toolbar|caption|credits?|"
            + "copyright|print|skip|sr-only|visually-hidden|screen-reader|visuallyhidden|modal|popup|overlay|"
            + "paywall|teaser-list|more-stories|read-more|readmore|see-also|also-read|outbrain|taboola|widget|"
            + "pagination|pager|rating|infobox|timestamp|dateline|meta|article-meta|post-meta|entry-meta|"
            + "image-caption|photo-credit|video|player|embed|tweet|instagram|facebook|twitter)(?!-(enabled|active|open|on|off|true|false))([-_ ]|$)");

    /** A named element with this many paragraphs of at least {@link #STORY_PARAGRAPH_CHARS} is the story, whatever its name. */
    static final int STORY_PARAGRAPHS = 3;
    static final int STORY_PARAGRAPH_CHARS = 150;

    private Boilerplate() {}

    static void remove(Document document) {
        document.select(TAGS).remove();
        Element body = document.body();
        for (Element time : body.getElementsByTag("time")) { // a dateline; a time inside a sentence stays
            if (time.closest("p") == null) time.remove();
        }
        for (Element e : body.select("header, footer")) {
            if (e.closest("article, main, [itemprop=articleBody]") == null && !holdsTheStory(e)) e.remove();
        }
        List<Element> named = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            String cls = e.attr("class"), id = e.id();
            if (cls.isEmpty() && id.isEmpty()) continue;
            if (NAMES.matcher(cls).find() || NAMES.matcher(id).find()) named.add(e);
        }
        for (Element e : named) {
            if (e.parent() != null && !holdsTheStory(e)) e.remove();
        }
    }

    /** A wrapper that contains the headline or the article is structure, not boilerplate. */
    private static boolean holdsTheStory(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) return true;
        if (!e.select("article, main, [itemprop=articleBody], h1").isEmpty()) return true;
        int prose = 0;
        for (Element p : e.getElementsByTag("p")) if (p.text().length() >= STORY_PARAGRAPH_CHARS && ++prose >= STORY_PARAGRAPHS) return true;
        return false;
    }
}
