package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Never nearly nothing when the page has a story: when the main text {@link MainText} chose is under
 * {@value #TINY_CHARS} characters, the best cluster of text blocks is looked for in what is left of the page and in
 * the regions boilerplate removal took out that a reader sees (a story inside an {@code <aside>}, a form, a box named
 * like a sidebar), and taken instead when it holds at least {@value #MIN_CLUSTER_CHARS} characters and
 * {@value #GAIN} times the chosen text. A cluster is a run of consecutive prose blocks (few links) in reading order,
 * with the heading just above it, stepping over at most {@value #MAX_GAP} short blocks (labels, headings) in a row; a block that is mostly link ends it,
 * so a teaser list (linked headline, summary, linked headline ...) is many small clusters, not one large one. Boxes
 * named as consent, sign-in, paywall, overlay or comment boxes are not looked in.
 *
 * <p>It costs nothing on a page whose main text is not tiny; on one that is, one pass over the removed regions.
 */
final class StoryFallback {
    /**
     * Chosen text shorter than this (characters) is nearly empty, and the fallback looks further. The {@link #GAIN}
     * decides whether its cluster is taken: on the dev set's tune part no page's text changes for any value from 200 to
     * 3,000, so this bounds how often the extra pass runs (4 of 153 tune pages at 500; the shortest story there is
     * 303 characters, Japanese). Below it sits a blurb of 200-500 characters beside a story in an aside.
     */
    static final int TINY_CHARS = 500;
    /** A cluster taken instead holds at least this many characters ... */
    static final int MIN_CLUSTER_CHARS = 400;
    /** ... and this many times the chosen text. */
    static final int GAIN = 4;
    /** Short blocks a cluster may step over in a row. */
    static final int MAX_GAP = 2;
    private static final Pattern NOT_A_STORY = Pattern.compile(
            "(?i)cookie|consent|gdpr|modal|popup|overlay|dialog|paywall|regwall|newsletter|signup|subscri|login|signin|comment|disqus|hidden|d-none");

    private StoryFallback() {}

    /** The selection itself, or the best text block cluster of the page when the selection is nearly empty. */
    static MainText.Selection check(MainText.Selection main, List<TextBlocks.Block> blocks, List<Element> removed) {
        int chosen = chars(main.text());
        if (chosen >= TINY_CHARS) return main;
        List<TextBlocks.Block> best = bestCluster(blocks);
        for (Element region : removed) {
            if (NOT_A_STORY.matcher(region.className() + " " + region.id()).find()) continue;
            List<TextBlocks.Block> cluster = bestCluster(TextBlocks.of(region));
            if (chars(cluster) > chars(best)) best = cluster;
        }
        return outweighs(chars(best), chosen) ? new MainText.Selection(best, best) : main;
    }

    /**
     * Whether a story found elsewhere on a page whose chosen text is nearly empty is taken instead: it holds at least
     * {@value #MIN_CLUSTER_CHARS} characters and {@value #GAIN} times the chosen text's {@code chosen} characters.
     * The same rule for a cluster of blocks here and for the story in a page's scripts ({@link ScriptStory}).
     */
    static boolean outweighs(int found, int chosen) {
        return found >= MIN_CLUSTER_CHARS && found >= GAIN * chosen;
    }

    /** Whether a block of a story found elsewhere is kept: few links and not a fragment ({@link MainText#isFragment}). */
    static boolean readable(TextBlocks.Block b) {
        return b.linkDensity() <= MainText.MAX_LINK_DENSITY && !MainText.isFragment(b);
    }

    /** The run of consecutive prose blocks with the most text (its prose and headings, without the labels in between). */
    static List<TextBlocks.Block> bestCluster(List<TextBlocks.Block> blocks) {
        int bestStart = 0, bestEnd = 0, bestChars = 0;
        int start = -1, end = -1, gap = 0, runChars = 0;
        for (int i = 0; i <= blocks.size(); i++) {
            TextBlocks.Block b = i < blocks.size() ? blocks.get(i) : null;
            boolean breaks = b == null || b.linkDensity() > MainText.MAX_LINK_DENSITY || (!prose(b) && gap >= MAX_GAP);
            if (breaks) {
                if (runChars > bestChars) {
                    bestStart = start;
                    bestEnd = end;
                    bestChars = runChars;
                }
                start = -1;
                runChars = 0;
                gap = 0;
                continue;
            }
            if (prose(b)) {
                if (start < 0) start = i > 0 && blocks.get(i - 1).heading() && blocks.get(i - 1).linkDensity() <= MainText.MAX_LINK_DENSITY ? i - 1 : i;
                end = i + 1;
                runChars += b.text().length();
                gap = 0;
            } else if (start >= 0) {
                gap++;
            }
        }
        return bestChars == 0 ? List.of() : blocks.subList(bestStart, bestEnd).stream().filter(StoryFallback::readable).toList();
    }

    private static boolean prose(TextBlocks.Block b) {
        return !b.heading() && b.text().length() >= MainText.MIN_PROSE_CHARS;
    }

    private static int chars(List<TextBlocks.Block> blocks) {
        int n = 0;
        for (TextBlocks.Block b : blocks) n += b.text().length();
        return n;
    }
}
