package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the standfirst (lead, summary, dek) that many layouts put between the headline and the story's container: in
 * the page header beside the {@code <h1>}, or in a box of its own. Looking back from the first block of the main text
 * over at most {@value #LOOKBACK} blocks to the nearest {@code <h1>} (or a lower heading that restates the title, as
 * layouts that keep {@code <h1>} for the logo have), the blocks in between that read as a sentence
 * (at least {@value #MIN_CHARS} characters and {@value #MIN_WORDS} words, at most {@value #MAX_CHARS}, few links) are
 * put in front of the text, in reading order; labels, bylines, bullet points and a second headline (half of its
 * words the title's) are left out. Without a headline
 * just above the text nothing is added: a lead is known by its place under the headline, or by agreeing with the
 * page's description ({@code og:description}, {@code description}, JSON-LD): a block among the {@value #LOOKBACK}
 * above the text that spells one is the lead, however short or linked (a 38-character strapline).
 */
final class Standfirst {
    /** How many blocks above the main text the headline may be. */
    static final int LOOKBACK = 6;
    /** A lead has at least this many characters ... */
    static final int MIN_CHARS = 40;
    /** ... and words ... */
    static final int MIN_WORDS = 6;
    /** ... and at most this many characters (a longer block is the story's own first paragraph). */
    static final int MAX_CHARS = 700;
    /**
     * At most this share of a lead's text is link text. On the dev set's tune part the leads between headline and
     * story carry at most 4% link text, while the blocks there that are not leads (bylines, credit and tag lines) carry
     * 34% and more; this lies between the two with room on both sides.
     */
    static final double MAX_LINK_DENSITY = 0.2;
    /** A block with at least this share of its words in the title restates the headline. */
    static final double TITLE_SHARE = 0.5;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Standfirst() {}

    /**
     * The selection with the lead under the headline in front of its text, or the selection itself; a block above the
     * text that spells one of the page's {@code descriptions} is the lead whatever its length, links or headline.
     */
    static MainText.Selection prepend(MainText.Selection main, List<TextBlocks.Block> blocks, String title, List<String> descriptions) {
        Set<String> titleWords = words(title == null ? "" : title);
        if (main.text().isEmpty()) return main;
        Set<TextBlocks.Block> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(main.text());
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            TextBlocks.Block b = blocks.get(i);
            if (kept.contains(b) && !b.owner().normalName().equals("h1")) first = i;
        }
        int headline = -1;
        for (int i = first - 1; i >= 0 && i >= first - LOOKBACK - 1 && headline < 0; i--) {
            TextBlocks.Block b = blocks.get(i);
            if (headline(b, titleWords)) headline = i;
        }
        List<TextBlocks.Block> lead = new ArrayList<>();
        int from = headline >= 0 ? headline + 1 : first;
        for (int i = Math.max(0, first - LOOKBACK - 1); i < from && !descriptions.isEmpty(); i++) {
            TextBlocks.Block b = blocks.get(i);
            if (!kept.contains(b) && described(b.text(), descriptions)) lead.add(b);
        }
        for (int i = from; i < first; i++) {
            TextBlocks.Block b = blocks.get(i);
            if (!kept.contains(b) && ((reads(b) && !restates(b.text(), titleWords)) || described(b.text(), descriptions))) lead.add(b);
        }
        if (lead.isEmpty()) return main;
        List<TextBlocks.Block> text = new ArrayList<>();
        for (TextBlocks.Block b : main.text()) {
            if (!lead.isEmpty() && !b.owner().normalName().equals("h1")) { // after a kept headline, before the story
                text.addAll(lead);
                lead = List.of();
            }
            text.add(b);
        }
        return new MainText.Selection(text, main.inside());
    }

    /** Whether the text is one of the page's descriptions: the publisher states it is the article's summary. */
    private static boolean described(String text, List<String> descriptions) {
        for (String d : descriptions) if (TextKey.spellsSame(text, d)) return true;
        return false;
    }

    /**
     * Whether the block is the page's headline, in its words or others: an {@code <h1>}, or a heading that
     * {@link #restates} the title (with a kicker, a site name or another wording, as layouts that keep {@code <h1>}
     * for the logo have). The text does not open with it either ({@link HtmlExtractor}).
     */
    static boolean headline(TextBlocks.Block b, Set<String> titleWords) {
        return b.heading() && (b.owner().normalName().equals("h1") || restates(b.text(), titleWords));
    }

    /** Whether at least {@link #TITLE_SHARE} of the text's words are the title's: the headline again, with a kicker or in other words. */
    static boolean restates(String text, Set<String> titleWords) {
        if (titleWords.isEmpty()) return false;
        Set<String> words = words(text);
        int shared = 0;
        for (String w : words) if (titleWords.contains(w)) shared++;
        return shared >= TITLE_SHARE * words.size();
    }

    /** The lower-cased words (letters and digits) of the text. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) if (!w.isEmpty()) words.add(w);
        return words;
    }

    /** A sentence, not a label: long enough, several words, few links. */
    static boolean reads(TextBlocks.Block b) {
        if (b.owner().normalName().equals("li")) return false; // a summary's bullet points
        String t = b.text();
        if (t.length() < MIN_CHARS || t.length() > MAX_CHARS || b.linkDensity() > MAX_LINK_DENSITY) return false;
        int words = 1;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == ' ') words++;
        return words >= MIN_WORDS;
    }
}
