package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article's main text among a page's text blocks by text density and link density, the way readability
 * extractors do, but in one pass over precomputed blocks: every prose block (long enough, few links) scores its
 * ancestors (parent fully, grandparent half, further ancestors less); an ancestor's score is damped by its own link
 * density and nudged by class/id names ("article-body" up, "teaser-list" down). The best container wins, together
 * with siblings that score nearly as well (stories split over several containers). Its blocks are kept in reading
 * order, minus link lists, teaser cards (a linked sub-heading with its summary), captions (text under an image in a
 * small box), repeated blocks and the headings it ends with (with no text of the story after them they head what
 * follows it: related links, comments, tags), and never another story appended under the page's own
 * ({@link FollowingStories}).
 */
final class MainText {
    /** A block shorter than this (characters) does not vote for its container. */
    static final int MIN_PROSE_CHARS = 25;
    /** A block more link text than this share is navigation; it neither votes nor is kept. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** A non-heading block shorter than this (characters) and without closing punctuation is a label, not prose. */
    static final int FRAGMENT_CHARS = 30;
    /** A sibling scoring at least this share of the winner's score joins it. */
    static final double SIBLING_SHARE = 0.2;
    /** Widening to an ancestor needs this much more prose (ratio of prose characters). */
    static final double WIDEN_GAIN = 1.5;
    /** ... and an ancestor with at most this link density ... */
    static final double WIDEN_MAX_LINK_DENSITY = 0.25;
    /** ... and at least this share of its text in prose blocks. */
    static final double WIDEN_MIN_PROSE_SHARE = 0.6;
    /** An ancestor with the same prose and at most this much more text (ratio) is (nearly) a mere wrapper. */
    static final double WRAPPER_SLACK = 1.1;
    /**
     * A small element (at most this many characters) around a heading that is all link is a teaser card ("more
     * stories" lists inside the story's container): its excerpt is not kept.
     */
    static final int CARD_MAX_CHARS = 600;
    /** How many levels above a linked heading a card may reach. */
    static final int CARD_LEVELS = 3;
    /** A small element (at most this many characters) holding an image is an image box: its text is a caption or credit. */
    static final int CAPTION_MAX_CHARS = 300;
    /** Owners of table rows and definition list entries: short by nature, kept where the story holds them. */
    private static final Set<String> TABULAR = Set.of("tr", "dt", "dd");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|post|story|text|prose|richtext|paragraph");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)comment|footer|sidebar|related|teaser|promo|widget|nav|share|social|sponsor|combx|contact|shopping|aside|rail");

    /**
     * The main text.
     *
     * @param text   the kept blocks, in reading order
     * @param inside every block inside the chosen container(s), link lists included (for the body's links)
     */
    record Selection(List<TextBlocks.Block> text, List<TextBlocks.Block> inside) {}

    /**
     * Chooses the main text among a page's blocks; with no prose block at all, the whole body is the container. With
     * the title known, another story appended under the one it heads is not chosen ({@link FollowingStories}).
     */
    static Selection select(List<TextBlocks.Block> blocks, Element body, String title) {
        FollowingStories others = FollowingStories.of(blocks, title, body);
        Map<Element, double[]> stats = new IdentityHashMap<>(); // score, chars, linkChars, prose chars
        for (TextBlocks.Block b : blocks) {
            int level = 0;
            for (Element a = b.owner(); a != null && a != body.parent(); a = a.parent(), level++) {
                double[] s = stats.computeIfAbsent(a, k -> new double[4]);
                s[1] += b.text().length();
                s[2] += b.linkChars();
            }
            if (b.text().length() < MIN_PROSE_CHARS || b.linkDensity() > MAX_LINK_DENSITY || b.heading()) continue;
            double vote = 1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3);
            for (Element a = b.owner(); a != null && a != body.parent(); a = a.parent()) stats.get(a)[3] += b.text().length();
            level = 0;
            for (Element a = b.owner().parent(); a != null && a != body.parent() && level < 5; a = a.parent(), level++) {
                stats.get(a)[0] += level == 0 ? vote : level == 1 ? vote / 2 : vote / (level * 3);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (var e : stats.entrySet()) {
            if (others.anotherStory(e.getKey())) continue;
            double score = finalScore(e.getKey(), e.getValue());
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        if (best == null) best = body;
        best = widen(best, stats, body, others);
        Set<Element> chosen = new LinkedHashSet<>();
        chosen.add(best);
        if (best.parent() != null) {
            for (Element sibling : best.parent().children()) {
                double[] s = stats.get(sibling);
                if (sibling != best && s != null && !others.anotherStory(sibling)
                        && finalScore(sibling, s) >= Math.max(10, bestScore * SIBLING_SHARE)) chosen.add(sibling);
            }
        }
        Set<Element> cards = cards(blocks, stats, body, title);
        List<TextBlocks.Block> kept = new ArrayList<>();
        List<TextBlocks.Block> inside = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TextBlocks.Block b : blocks) {
            if (!inside(b.owner(), chosen, body)) continue;
            if (others.startsAnother(b)) break; // another story under this one, in the same container
            inside.add(b);
            if (b.linkDensity() > MAX_LINK_DENSITY || isFragment(b) || inCard(b.owner(), cards) || inImageBox(b.owner(), stats)) continue;
            if (!seen.add(b.text())) continue;
            kept.add(b);
        }
        while (!kept.isEmpty() && kept.getLast().heading()) kept.removeLast(); // it heads what follows the story
        return new Selection(kept, inside);
    }

    /**
     * Climbs from the winner to an ancestor while that adds much more prose at little link cost: stories split into
     * chunks between ads are cousins, not siblings, of the densest chunk.
     */
    private static Element widen(Element best, Map<Element, double[]> stats, Element body, FollowingStories others) {
        Element chosen = best, current = best; // climbing through wrappers is tentative until it gains prose
        for (Element parent = current.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
            double[] c = stats.get(current), p = stats.get(parent);
            if (c == null || p == null || others.takesInAnother(current, parent)) break;
            if (p[3] < WIDEN_GAIN * c[3]) {
                if (p[3] > c[3] || p[1] > WRAPPER_SLACK * c[1]) break; // more text, but not enough more prose: stop
                current = parent; // (nearly) a mere wrapper: look further up
                continue;
            }
            if (p[2] / Math.max(1, p[1]) > WIDEN_MAX_LINK_DENSITY || p[3] / Math.max(1, p[1]) < WIDEN_MIN_PROSE_SHARE) break;
            current = parent;
            chosen = parent;
        }
        return chosen;
    }

    /**
     * Teaser cards: the largest element within {@link #CARD_LEVELS} levels above a heading that is all link (below
     * the headline level, and not the first heading spelling the title: a post's own permalinked title) that holds no other such heading, no headline and at most
     * {@link #CARD_MAX_CHARS}; named as a story ({@code <article>}, "post") only where it is one of a list of such
     * elements (a list of other posts under a short post).
     */
    private static Set<Element> cards(List<TextBlocks.Block> blocks, Map<Element, double[]> stats, Element body, String title) {
        List<Element> linked = new ArrayList<>();
        Map<Element, Integer> headings = new IdentityHashMap<>(); // linked headings below each element
        boolean headlineSeen = false; // the first heading spelling the title is the story's own, even as a permalink
        for (TextBlocks.Block b : blocks) {
            if (!b.heading()) continue;
            boolean ownHeadline = !headlineSeen && TextKey.spellsSame(b.text(), title);
            headlineSeen |= ownHeadline;
            if (ownHeadline || b.owner().normalName().equals("h1") || b.linkChars() < b.text().length()) continue;
            linked.add(b.owner());
            for (Element a = b.owner().parent(); a != null && a != body; a = a.parent()) headings.merge(a, 1, Integer::sum);
        }
        Set<Element> cards = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element heading : linked) {
            int level = 0;
            for (Element a = heading.parent(); a != null && a != body && level < CARD_LEVELS; a = a.parent(), level++) {
                double[] s = stats.get(a);
                if (s == null || s[1] > CARD_MAX_CHARS || headings.get(a) > 1 || !a.getElementsByTag("h1").isEmpty()) break;
                if (classWeight(a) >= 10 && !inAList(a, headings)) break; // a short story named as one, with a linked heading
                cards.add(a);
            }
        }
        return cards;
    }

    /** Whether the element's parent holds other linked headings too: one of a list of posts, however it is named. */
    private static boolean inAList(Element e, Map<Element, Integer> headings) {
        Integer around = e.parent() == null ? null : headings.get(e.parent());
        return around != null && around > 1;
    }

    /**
     * Whether the block's element or its parent is small and shows an image before any text: the text under an image
     * is its caption or credit, even where the markup does not name it (an image after the text is an avatar or icon).
     */
    private static boolean inImageBox(Element owner, Map<Element, double[]> stats) {
        Element box = owner;
        for (int level = 0; level < 2 && box != null; level++, box = box.parent()) {
            double[] s = stats.get(box);
            if (s == null || s[1] > CAPTION_MAX_CHARS) return false;
            if (imageFirst(box, owner)) return true;
        }
        return false;
    }

    private static boolean imageFirst(Element box, Element owner) {
        for (Node n : box.childNodes()) {
            if (n == owner || (n instanceof TextNode t && !t.isBlank())) return false;
            if (n instanceof Element e) {
                if (e.normalName().equals("img") || !e.getElementsByTag("img").isEmpty()) return true;
                if (e.hasText()) return false;
            }
        }
        return false;
    }

    private static boolean inCard(Element owner, Set<Element> cards) {
        int level = 0;
        for (Element a = owner; a != null && level <= CARD_LEVELS; a = a.parent(), level++) if (cards.contains(a)) return true;
        return false;
    }

    private static double finalScore(Element e, double[] s) {
        if (s[0] == 0) return 0;
        double linkDensity = s[1] == 0 ? 0 : s[2] / s[1];
        double score = s[0] + classWeight(e);
        return score * (1 - linkDensity);
    }

    private static int classWeight(Element e) {
        String names = e.className() + " " + e.id();
        int w = 0;
        if (e.normalName().equals("article") || e.attr("itemprop").equals("articleBody")) w += 10;
        if (names.isBlank()) return w;
        if (POSITIVE.matcher(names).find()) w += 10;
        if (NEGATIVE.matcher(names).find()) w -= 25;
        return w;
    }

    private static boolean inside(Element e, Set<Element> chosen, Element body) {
        for (Element a = e; a != null && a != body.parent(); a = a.parent()) if (chosen.contains(a)) return true;
        return false;
    }

    /**
     * A short line without sentence punctuation: a label, credit or call to action, not prose. Headings, table rows
     * and definition list terms and descriptions are never fragments.
     */
    static boolean isFragment(TextBlocks.Block b) {
        if (b.heading() || TABULAR.contains(b.owner().normalName())) return false;
        String t = b.text();
        if (t.length() >= FRAGMENT_CHARS) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?…\"'“”»«。！？)".indexOf(last) < 0;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،' || c == '。') n++;
        }
        return n;
    }
}
