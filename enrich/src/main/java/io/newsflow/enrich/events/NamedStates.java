package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The states an article has named so far, for the groups a count refers back to ({@link CountedGroups}): the lists
 * of states it named ("Warships from Iran, Russia and China began …" before "the three countries met": mentions joined
 * by commas and "and", "и", "և", "ու"; any Unicode space), the states each of the last {@link #SENTENCES} sentences named, and each state
 * once in the order last named. A state is a country, or the state a person or body acts for; not a place, nor an
 * organisation of states. Fed by {@link MentionCursor} in text order; not thread-safe.
 */
final class NamedStates {
    /** States remembered by recency (a count above it names no group that far back). */
    static final int REMEMBERED = 10;
    /** Sentences whose states are remembered together, and lists remembered. */
    static final int SENTENCES = 6;

    /** What joins two items of a list: a comma and/or a conjunction, after a possessive's "'s" ("Finland's and Sweden's"). */
    private static final java.util.regex.Pattern LIST_JOINT =
            java.util.regex.Pattern.compile("(?iU)(['’]s)?\\s*(,|(,\\s*)?(and|и|և|եւ|ու))\\s*");

    /** Characters between two items of a list at most (", and " with spaces to spare; bounds the match). */
    static final int MAX_JOINT = 16;

    private final LinkedHashSet<String> byRecency = new LinkedHashSet<>();
    private final ArrayDeque<List<String>> lists = new ArrayDeque<>(); // lists of two or more states, the latest first
    private LinkedHashSet<String> list = new LinkedHashSet<>();
    private int listEnd = -1; // where the last mention of the open list ends (a character offset)
    private final ArrayDeque<List<String>> bySentence = new ArrayDeque<>(); // the latest first
    private LinkedHashSet<String> sentence = new LinkedHashSet<>();

    /**
     * Adds a mention's actor (in text order, at characters {@code start}..{@code end} of {@code text}) to the sentence
     * being read past and to the list it continues, if the text between it and the last state named joins a list.
     */
    void add(ActorEntry actor, String text, int start, int end) {
        String code = stateOf(actor);
        if (code == null) return;
        if (listEnd < 0 || start < listEnd || start - listEnd > MAX_JOINT || !LIST_JOINT.matcher(text).region(listEnd, start).matches()) closeList();
        list.add(code);
        listEnd = end;
        byRecency.remove(code);
        byRecency.add(code);
        if (byRecency.size() > REMEMBERED) byRecency.removeFirst();
        sentence.add(code);
    }

    private void closeList() {
        if (list.size() >= 2) {
            lists.addFirst(List.copyOf(list));
            if (lists.size() > SENTENCES) lists.removeLast();
        }
        list = new LinkedHashSet<>();
    }

    /** Ends the sentence being read past: its states are remembered together, and its last list ends. */
    void endSentence() {
        closeList();
        listEnd = -1;
        if (sentence.isEmpty()) return;
        bySentence.addFirst(List.copyOf(sentence));
        if (bySentence.size() > SENTENCES) bySentence.removeLast();
        sentence = new LinkedHashSet<>();
    }

    /**
     * The codes of the states a group of {@code size} stands for, latest first, given the actors its sentence names before
     * it ({@code before}, in text order): those, if they are {@code size} states; else the last list of {@code size}
     * states; else the last sentence that named exactly {@code size} states; else the {@code size} named last (fewer if
     * fewer are known). Empty when fewer than two are known.
     */
    List<String> forGroup(int size, List<ActorEntry> before) {
        LinkedHashSet<String> here = new LinkedHashSet<>();
        for (ActorEntry a : before) {
            String code = stateOf(a);
            if (code != null) here.add(code);
        }
        if (here.size() == size) return new ArrayList<>(here).reversed();
        for (List<String> named : lists) if (named.size() == size) return named.reversed();
        for (List<String> named : bySentence) if (named.size() == size) return named.reversed();
        LinkedHashSet<String> recency = new LinkedHashSet<>(byRecency);
        for (String code : here) {
            recency.remove(code);
            recency.add(code);
        }
        List<String> latestFirst = recency.reversed().stream().limit(size).toList();
        return latestFirst.size() < 2 ? List.of() : latestFirst;
    }

    /** The state {@code actor} is or acts for; null for a place, an organisation of states or an actor of no state. */
    static String stateOf(ActorEntry actor) {
        return actor.kind().equals("place") || !ActorEntry.isStateCode(actor.country()) ? null : actor.country();
    }
}
