package io.newsflow.enrich.events;

import io.newsflow.enrich.actors.ActorEntry;
import io.newsflow.enrich.actors.ActorMention;
import io.newsflow.enrich.text.BoundedMemo;
import io.newsflow.enrich.text.Sentence;

import java.util.List;
import java.util.Locale;

/**
 * Walks an article's actor mentions (in text order) alongside its sentences, so each sentence gets its own mentions,
 * the last intergovernmental organisation named before it and the people and bodies a description may refer back to
 * ("the minister", "the ministry") without rescanning the article: one pass in all.
 */
final class MentionCursor {
    private final List<ActorMention> mentions;
    private final String text; // the article's, which the mentions' offsets point into
    private int passed;
    private int next;
    private ActorEntry lastOrganisation;
    /** People and bodies named before the current sentence, the latest first, each with the nouns that describe it. */
    private final java.util.ArrayDeque<Described> recent = new java.util.ArrayDeque<>();
    /** The states named before the current sentence ({@link #statesNamedBefore}). */
    private final NamedStates states = new NamedStates();
    /** How many named people and bodies a description may refer back across. */
    static final int DESCRIBED_REACH = 6;

    private record Described(ActorEntry actor, java.util.Set<String> nouns) {}

    MentionCursor(List<ActorMention> mentions, String text) {
        this.mentions = mentions;
        this.text = text;
    }

    /** The mentions within {@code sentence} (a superset where one straddles two sentences); sentences in text order. */
    List<ActorMention> advanceTo(Sentence sentence) {
        while (next < mentions.size() && mentions.get(next).lastToken() < sentence.firstToken()) next++;
        for (; passed < next; passed++) { // everything before this sentence has been named
            ActorEntry a = mentions.get(passed).actor();
            if (a.isIntergovernmental()) lastOrganisation = a;
            remember(a, mentions.get(passed).role());
            states.add(a, text, mentions.get(passed).start(), mentions.get(passed).end());
        }
        states.endSentence();
        int from = next;
        while (next < mentions.size() && mentions.get(next).firstToken() <= sentence.lastToken()) next++;
        return mentions.subList(from, next);
    }

    private void remember(ActorEntry a, String mentionRole) {
        java.util.Set<String> nouns = new java.util.HashSet<>();
        if (a.kind().equals("person")) {
            for (var role : a.roles()) nouns.add(lastWord(role.title()));
            if (mentionRole != null) nouns.add(lastWord(mentionRole));
        } else if (a.kind().equals("organisation")) {
            nouns.addAll(a.nameWords());
        }
        nouns.remove("");
        if (nouns.isEmpty()) return;
        recent.removeIf(d -> d.actor().id().equals(a.id()));
        recent.addFirst(new Described(a, nouns));
        if (recent.size() > DESCRIBED_REACH) recent.removeLast();
    }

    /** The states named before the current sentence (read only while it is coded). */
    NamedStates statesNamedBefore() {
        return states;
    }

    /** The last word of {@code phrase}, in lower case ("" when it has none). */
    static String lastWord(String phrase) {
        return LAST_WORDS.get(phrase);
    }

    /** {@link #lastWord} by phrase, split once (role titles, asked at every mention of a person). */
    private static final BoundedMemo<String, String> LAST_WORDS = new BoundedMemo<>(10_000, phrase -> {
        String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    });

    /**
     * The person or body named most recently before the current sentence that {@code noun} describes ("the minister":
     * a person whose role's title ends in "minister"; "the ministry": a body whose name holds "ministry"), or null. Of
     * several, the one with id {@code preferredId} (the last event's source: "Lavrov met Mirzoyan. The minister said …"
     * is Lavrov), else the latest.
     */
    ActorEntry describedBy(String noun, String preferredId) {
        ActorEntry latest = null;
        for (Described d : recent) {
            if (!d.nouns().contains(noun)) continue;
            if (d.actor().id().equals(preferredId)) return d.actor();
            if (latest == null) latest = d.actor();
        }
        return latest;
    }

    /** The intergovernmental organisation named last before the current sentence ("… will leave the organisation"), or null. */
    ActorEntry lastOrganisationBefore() {
        return lastOrganisation;
    }
}
