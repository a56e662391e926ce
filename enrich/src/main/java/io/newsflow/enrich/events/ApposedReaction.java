package io.newsflow.enrich.events;

import io.newsflow.schemas.EventType;

import java.util.List;
import java.util.Set;

/**
 * "The EU extended its mission, a move criticised in Baku", "…, a decision condemned by Moscow and welcomed in Kyiv":
 * a reaction told as a participle after an apposition that renames the clause's act ("a move", "a step", "the
 * decision": {@code function-words.yaml}'s priorActs) is the reaction of the actor after "by", "in" or "from" to whoever
 * did that act, the subject of the clause before the comma. Without this reading the clause's subject is taken for the
 * reacting side and the reacting capital for its target. A participle coordinated with such a one ("welcomed in Yerevan
 * and criticised in Baku") renames the same act. English only (it needs the tagger); linear in the sentence.
 */
final class ApposedReaction {
    private ApposedReaction() {}

    /** Reactions to another's act that news tells in a participle after its apposition. */
    private static final Set<EventType> REACTIONS = Set.of(EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT);
    /** Words before the reacting actor: the agent's "by", and a capital's "in" and "from". */
    private static final Set<String> REACTING = Set.of("by", "in", "from");
    /** Words from a coordinated participle back to the one before it ("welcomed in Yerevan and criticised"). */
    private static final int CONJUNCT_REACH = 6;

    /**
     * The reacting actor as the source and the act's doer as the target (null when the clause names none), or null when
     * the trigger is no such reaction.
     */
    static Arguments find(SentenceStructure st, List<Participant> people, Trigger t, Participant previous) {
        if (!st.tagged() || !REACTIONS.contains(t.type()) || t.length() > 1 || !st.lower(t.firstToken()).endsWith("ed")) return null;
        int noun = apposedNoun(st, t.firstToken(), true);
        if (noun < 0) return null;
        int after = t.lastToken() + 1;
        if (after >= st.last() || !REACTING.contains(st.lower(after))) return null;
        Participant reacting = Arguments.startingAt(people, after + 1, Math.min(st.last(), after + 2));
        if (reacting == null || reacting.possessor()) return null;
        int apposition = determinerAt(st, noun);
        Participant doer = null;
        for (int v = apposition - 1; v >= st.first() && doer == null; v--) { // the verb of the clause the apposition follows
            if (st.isVerb(v)) doer = Arguments.subjectOf(st, people, v, previous);
        }
        if (doer != null && Arguments.sameActor(doer, reacting)) doer = null;
        return new Arguments(reacting, Evidence.AGENT, doer, doer == null ? null : Evidence.OBJECT);
    }

    /**
     * The apposition's noun the participle at {@code participle} follows (adverbs between: "a move widely criticised"),
     * or the one of the participle it is coordinated with; -1 when there is none.
     */
    private static int apposedNoun(SentenceStructure st, int participle, boolean mayBeConjunct) {
        int i = participle - 1;
        while (i > st.first() && st.tag(i).equals("ADV")) i--;
        if (i > st.first() && st.words().priorActs().contains(st.lower(i)) && st.tag(i).equals("NOUN") && determinerAt(st, i) >= 0) return i;
        if (!mayBeConjunct || i <= st.first() || !st.lower(i).equals("and")) return -1;
        for (int j = i - 1; j >= Math.max(st.first(), i - CONJUNCT_REACH); j--) {
            if (st.boundaryBefore(j + 1) && j + 1 < i) return -1;
            if (st.lower(j).endsWith("ed") && st.tag(j).equals("VERB")) return apposedNoun(st, j, false);
        }
        return -1;
    }

    /**
     * The word before the apposition's noun that opens it right after a comma ("…, a move", "…, a sharp step"), the
     * article with its adjectives between; -1 when the noun does not open an apposition.
     */
    private static int determinerAt(SentenceStructure st, int noun) {
        int d = noun - 1;
        while (d > st.first() && st.tag(d).equals("ADJ")) d--;
        if (d <= st.first() || !st.tag(d).equals("DET") || !st.commaBefore(d)) return -1;
        return d;
    }
}
