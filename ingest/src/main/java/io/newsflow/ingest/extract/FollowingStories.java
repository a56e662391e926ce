package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The headlines of other stories that a page appends under its own (a follow-up or the next article of an endless
 * scroll, in plain {@code <div>}s where {@link Boilerplate} sees no {@code <article>}): every {@code <h1>} after the
 * story's own headline (the first {@code <h1>} that spells the title) that spells something else and is no longer than
 * a headline ({@value #MAX_HEADLINE_CHARS} characters). {@link MainText}
 * does not choose a container that holds such a headline but not the story's own, does not widen into one, and cuts the
 * text at such a headline. Without an {@code <h1>} spelling the title there is no evidence of which story is the page's,
 * and nothing is known.
 *
 * <p>Linear: one pass over the blocks, then a climb from each such headline (at most {@value #MAX_HEADLINES} of them).
 */
final class FollowingStories {
    /** Headlines looked at after the story's own: enough for an endless scroll's first pages, a bound on hostile input. */
    static final int MAX_HEADLINES = 20;
    /** An {@code <h1>} longer than this (characters) is a caption or a paragraph in the wrong tag, not a headline. */
    static final int MAX_HEADLINE_CHARS = 150;
    private static final FollowingStories NONE = new FollowingStories(Set.of(), Set.of(), Set.of());

    /** The other stories' {@code <h1>} elements. */
    private final Set<Element> headlines;
    /** Elements that hold one of them. */
    private final Set<Element> holders;
    /** Elements that hold the story's own headline. */
    private final Set<Element> ownHolders;

    private FollowingStories(Set<Element> headlines, Set<Element> holders, Set<Element> ownHolders) {
        this.headlines = headlines;
        this.holders = holders;
        this.ownHolders = ownHolders;
    }

    /** The headlines after the one spelling {@code title} among the blocks; none when the title is unknown or not an {@code <h1>}. */
    static FollowingStories of(List<TextBlocks.Block> blocks, String title, Element body) {
        if (title == null || TextKey.squash(title).isEmpty()) return NONE;
        Element own = null;
        Set<Element> headlines = newSet(), holders = newSet(), ownHolders = newSet();
        for (TextBlocks.Block b : blocks) {
            if (!b.owner().normalName().equals("h1")) continue;
            boolean spellsTitle = TextKey.spellsSame(b.text(), title);
            if (own == null) {
                if (spellsTitle) own = b.owner();
            } else if (!spellsTitle && b.text().length() <= MAX_HEADLINE_CHARS && headlines.size() < MAX_HEADLINES) {
                headlines.add(b.owner());
                Element a = b.owner().parent();
                while (a != null && a != body.parent() && holders.add(a)) a = a.parent(); // stops where an earlier climb went on
            }
        }
        if (headlines.isEmpty()) return NONE;
        for (Element a = own; a != null && a != body.parent(); a = a.parent()) ownHolders.add(a);
        return new FollowingStories(headlines, holders, ownHolders);
    }

    /** Whether the element holds another story's headline but not the story's own: another story's container. */
    boolean anotherStory(Element e) {
        return holders.contains(e) && !ownHolders.contains(e);
    }

    /** Whether widening from {@code current} to {@code parent} would take in another story. */
    boolean takesInAnother(Element current, Element parent) {
        return holders.contains(parent) && !holders.contains(current);
    }

    /** Whether the block is another story's headline: the story's text ends before it. */
    boolean startsAnother(TextBlocks.Block b) {
        return headlines.contains(b.owner());
    }

    private static Set<Element> newSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
